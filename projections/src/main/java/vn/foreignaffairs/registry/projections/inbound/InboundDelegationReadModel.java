package vn.foreignaffairs.registry.projections.inbound;

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
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code inbound_delegations} collection: one document per inbound delegation, keyed by its
 * id. Every write is guarded by the version, so replaying an event already applied changes nothing.
 */
@Component
public class InboundDelegationReadModel {

    static final String COLLECTION = "inbound_delegations";

    private final VersionedDocuments<InboundDelegationView> documents;
    private final MongoCollection<InboundDelegationView> collection;

    public InboundDelegationReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, InboundDelegationView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("hostAgency", "year", "status"));
        collection.createIndex(Indexes.ascending("details.foreignParty.countryCode"));
        // a page is the newest first: read along this index it stops at its last document
        collection.createIndex(Indexes.descending("createdAt"));
    }

    void insert(InboundDelegationView view) {
        documents.insert(view.id(), view.version(), view);
    }

    void update(String id, long version, Bson... changes) {
        documents.update(id, version, changes);
    }

    public Optional<InboundDelegationView> find(String id) {
        return documents.find(id);
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
        documents.reset();
    }
}
