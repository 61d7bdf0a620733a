package vn.foreignaffairs.registry.projections.inbound;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;

/**
 * The {@code inbound_delegations} collection: one document per inbound delegation, keyed by its
 * id. Every write is guarded by the version, so replaying an event already applied changes nothing.
 */
@Component
public class InboundDelegationReadModel {

    static final String COLLECTION = "inbound_delegations";

    private final MongoCollection<InboundDelegationView> collection;

    public InboundDelegationReadModel(MongoDatabase readModels) {
        this.collection = readModels.getCollection(COLLECTION, InboundDelegationView.class);
        collection.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("hostAgency", "year", "status"));
        collection.createIndex(Indexes.ascending("details.foreignParty.countryCode"));
    }

    void insert(InboundDelegationView view) {
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

    public Optional<InboundDelegationView> find(String id) {
        return Optional.ofNullable(collection.find(eq("id", id)).first());
    }

    public List<InboundDelegationView> find(Bson filter, int skip, int limit) {
        return collection.find(filter)
                .sort(Sorts.descending("createdAt"))
                .skip(skip)
                .limit(limit)
                .into(new ArrayList<>());
    }

    public long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    /** Empties the read model before a full replay. */
    public void reset() {
        collection.deleteMany(new Document());
    }
}
