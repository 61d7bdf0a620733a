package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationTripView;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;

/**
 * The {@code delegation_trips} collection: one document per outbound delegation, keyed by its
 * id, holding what happened from its decision on. Every write is guarded by the version, like
 * {@link DelegationReadModel}, so replaying an event already applied changes nothing.
 */
@Component
public class DelegationTripReadModel {

    static final String COLLECTION = "delegation_trips";

    private final MongoCollection<DelegationTripView> collection;

    public DelegationTripReadModel(MongoDatabase readModels) {
        this.collection = readModels.getCollection(COLLECTION, DelegationTripView.class);
        collection.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("reportDueDate", "agency"));
        collection.createIndex(Indexes.ascending("passportsDueDate", "agency"));
    }

    void insert(DelegationTripView view) {
        try {
            collection.replaceOne(and(eq("id", view.id()), lt("version", view.version())), view,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    void update(String id, long version, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("version", version));
        collection.updateOne(and(eq("id", id), lt("version", version)), Updates.combine(all));
    }

    public Optional<DelegationTripView> find(String id) {
        return Optional.ofNullable(collection.find(eq("id", id)).first());
    }

    public List<DelegationTripView> find(Bson filter) {
        return collection.find(filter).into(new ArrayList<>());
    }

    /** Empties the read model before a full replay. */
    public void reset() {
        collection.deleteMany(new Document());
    }
}
