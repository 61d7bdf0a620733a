package vn.foreignaffairs.registry.security;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;

/** The user accounts, kept in the {@code users} collection of the registry's database. */
@Component
public class UserDirectory implements UserDetailsService {

    private final MongoCollection<RegistryUser> users;

    public UserDirectory(MongoDatabase database) {
        this.users = database.getCollection("users", RegistryUser.class);
        users.createIndex(Indexes.ascending("username"), new IndexOptions().unique(true));
    }

    @Override
    public RegistryUser loadUserByUsername(String username) {
        RegistryUser user = users.find(eq("username", username)).first();
        if (user == null) {
            throw new UsernameNotFoundException("No such user");
        }
        return user;
    }

    public boolean exists(String username) {
        return users.find(eq("username", username)).first() != null;
    }

    /** Adds the account unless one of that name exists; returns whether it was added. */
    public boolean addIfAbsent(RegistryUser user) {
        if (exists(user.username())) {
            return false;
        }
        try {
            users.insertOne(user);
            return true;
        } catch (MongoWriteException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false; // another instance created it at the same moment
            }
            throw e;
        }
    }

    public long count() {
        return users.countDocuments();
    }
}
