package vn.foreignaffairs.registry.projections.aid;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code aid_projects} collection: one document per aid, keyed by its id, replaced by its
 * next fold only when that is a newer version, so replaying an event changes nothing.
 */
@Component
public class AidProjectReadModel {

    static final String COLLECTION = "aid_projects";

    private final VersionedDocuments<AidProjectView> documents;
    private final MongoCollection<AidProjectView> collection;

    public AidProjectReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, AidProjectView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("receivingAgency", "year", "status"));
        collection.createIndex(Indexes.ascending("details.donor.value"));
        collection.createIndex(Indexes.ascending("details.sector"));
        collection.createIndex(Indexes.ascending("details.districts"));
        // a page is the newest first: read along this index it stops at its last document
        collection.createIndex(Indexes.descending("createdAt"));
    }

    /** Writes the aid as folded up to {@code view.version()}, unless a newer fold is there already. */
    void write(AidProjectView view) {
        documents.insert(view.id(), view.version(), view);
    }

    public Optional<AidProjectView> find(String id) {
        return documents.find(id);
    }

    public List<AidProjectView> find(Bson filter, int skip, int limit) {
        return collection.find(filter).sort(Sorts.descending("createdAt")).skip(skip).limit(limit)
                .into(new ArrayList<>());
    }

    public List<AidProjectView> all(Bson filter) {
        return collection.find(filter).sort(Sorts.ascending("createdAt")).into(new ArrayList<>());
    }

    public long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    void reset() {
        documents.reset();
    }
}
