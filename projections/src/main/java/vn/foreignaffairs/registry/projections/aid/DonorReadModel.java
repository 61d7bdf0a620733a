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
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/** The {@code aid_donors} collection: one document per donor, keyed by its id, written by version. */
@Component
public class DonorReadModel {

    static final String COLLECTION = "aid_donors";

    private final VersionedDocuments<DonorView> documents;
    private final MongoCollection<DonorView> collection;

    public DonorReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, DonorView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("countryCode", "name"));
    }

    void insert(DonorView view) {
        documents.insert(view.id(), view.version(), view);
    }

    void update(String id, long version, Bson... changes) {
        documents.update(id, version, changes);
    }

    public Optional<DonorView> find(String id) {
        return documents.find(id);
    }

    public List<DonorView> find(Bson filter, int skip, int limit) {
        return collection.find(filter).sort(Sorts.ascending("name", "id")).skip(skip).limit(limit)
                .into(new ArrayList<>());
    }

    public long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    void reset() {
        documents.reset();
    }
}
