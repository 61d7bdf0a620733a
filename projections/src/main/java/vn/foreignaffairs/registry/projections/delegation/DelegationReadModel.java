package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code delegations} collection: one document per outbound delegation, keyed by its id.
 * Every write is guarded by the version, so replaying an event already applied changes nothing.
 */
@Component
public class DelegationReadModel {

    static final String COLLECTION = "delegations";

    private final VersionedDocuments<DelegationView> documents;
    private final MongoCollection<DelegationView> collection;

    public DelegationReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, DelegationView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("agency", "year", "status"));
        collection.createIndex(Indexes.ascending("details.destinations.countryCode", "year"));
        // a page is the newest first: read along this index it stops at its last document
        collection.createIndex(Indexes.descending("createdAt"));
        // the leadership's lists by status (awaiting approval, approved), all agencies
        collection.createIndex(Indexes.ascending("status", "year"));
    }

    void insert(DelegationView view) {
        documents.insert(view.id(), view.version(), view);
    }

    void update(String id, long version, Bson... changes) {
        documents.update(id, version, changes);
    }

    public Optional<DelegationView> find(String id) {
        return documents.find(id);
    }

    public List<DelegationView> find(Bson filter, int skip, int limit) {
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
        collection.deleteMany(new org.bson.Document());
    }
}
