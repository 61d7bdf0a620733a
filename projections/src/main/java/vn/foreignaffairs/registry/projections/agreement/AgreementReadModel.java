package vn.foreignaffairs.registry.projections.agreement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code agreements} collection: one document per international agreement, keyed by its id,
 * holding the status as recorded (never EXPIRED, which depends on the day asked). Every write is
 * guarded by the version, so replaying an event already applied changes nothing.
 */
@Component
public class AgreementReadModel {

    static final String COLLECTION = "agreements";

    private final VersionedDocuments<AgreementView> documents;
    private final MongoCollection<AgreementView> collection;

    public AgreementReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, AgreementView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("signingBody", "status"));
        collection.createIndex(Indexes.ascending("details.foreignParty.countryCode"));
        collection.createIndex(Indexes.ascending("lastDay"));
        collection.createIndex(Indexes.ascending("signingReportDue"));
        collection.createIndex(Indexes.ascending("consultations.answerDue"));
        // a page is the newest first: read along this index it stops at its last document
        collection.createIndex(Indexes.descending("createdAt"));
    }

    void insert(AgreementView view) {
        documents.insert(view.id(), view.version(), view);
    }

    void update(String id, long version, Bson... changes) {
        documents.update(id, version, changes);
    }

    public Optional<AgreementView> find(String id) {
        return documents.find(id);
    }

    /** A page of the agreements matching {@code filter}, in {@code order}; a limit of 0 means all. */
    public List<AgreementView> find(Bson filter, Bson order, int skip, int limit) {
        return collection.find(filter).sort(order).skip(skip).limit(limit).into(new ArrayList<>());
    }

    public long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    /** Empties the read model before a full replay. */
    public void reset() {
        documents.reset();
    }
}
