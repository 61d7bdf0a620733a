package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationTripView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code delegation_trips} collection: one document per outbound delegation, keyed by its
 * id, holding what happened from its decision on. Every write is guarded by the version, like
 * {@link DelegationReadModel}, so replaying an event already applied changes nothing.
 */
@Component
public class DelegationTripReadModel {

    static final String COLLECTION = "delegation_trips";

    private final VersionedDocuments<DelegationTripView> documents;
    private final MongoCollection<DelegationTripView> collection;

    public DelegationTripReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, DelegationTripView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("reportDueDate", "agency"));
        collection.createIndex(Indexes.ascending("passportsDueDate", "agency"));
    }

    void insert(DelegationTripView view) {
        documents.insert(view.id(), view.version(), view);
    }

    void update(String id, long version, Bson... changes) {
        documents.update(id, version, changes);
    }

    public Optional<DelegationTripView> find(String id) {
        return documents.find(id);
    }

    public List<DelegationTripView> find(Bson filter) {
        return collection.find(filter).into(new ArrayList<>());
    }

    /** Empties the read model before a full replay. */
    public void reset() {
        documents.reset();
    }
}
