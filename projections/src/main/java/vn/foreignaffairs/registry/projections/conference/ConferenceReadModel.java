package vn.foreignaffairs.registry.projections.conference;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code conferences} collection: one document per international conference or seminar,
 * keyed by its id. Every write is guarded by the version, so replaying an event already applied
 * changes nothing.
 */
@Component
public class ConferenceReadModel {

    static final String COLLECTION = "conferences";

    private final VersionedDocuments<ConferenceView> documents;
    private final MongoCollection<ConferenceView> collection;

    public ConferenceReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, ConferenceView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("organiser", "year", "status"));
        collection.createIndex(Indexes.ascending("consultationDueDate"));
        collection.createIndex(Indexes.ascending("reportDueDate", "organiser"));
        // a page is the newest first: read along this index it stops at its last document
        collection.createIndex(Indexes.descending("createdAt"));
    }

    void insert(ConferenceView view) {
        documents.insert(view.id(), view.version(), view);
    }

    void update(String id, long version, Bson... changes) {
        documents.update(id, version, changes);
    }

    public Optional<ConferenceView> find(String id) {
        return documents.find(id);
    }

    /** A page of conferences, newest first. */
    public List<ConferenceView> find(Bson filter, int skip, int limit) {
        return collection.find(filter)
                .sort(Sorts.descending("createdAt"))
                .skip(skip)
                .limit(limit)
                .into(new ArrayList<>());
    }

    public List<ConferenceView> find(Bson filter) {
        return collection.find(filter).into(new ArrayList<>());
    }

    public long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    /** Empties the read model before a full replay. */
    public void reset() {
        documents.reset();
    }
}
