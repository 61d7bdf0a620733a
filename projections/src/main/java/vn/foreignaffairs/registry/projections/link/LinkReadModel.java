package vn.foreignaffairs.registry.projections.link;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.link.LinkStatus;
import vn.foreignaffairs.registry.api.link.LinkView;
import vn.foreignaffairs.registry.api.link.RecordRef;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code links} collection: one document per link, removed or not, keyed by its id and
 * indexed by both ends so that a record's page finds what it refers to and what refers to it.
 */
@Component
public class LinkReadModel {

    static final String COLLECTION = "links";

    private final VersionedDocuments<LinkView> documents;
    private final MongoCollection<LinkView> collection;

    public LinkReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, LinkView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("from.type", "from.id", "status"));
        collection.createIndex(Indexes.ascending("to.type", "to.id", "status"));
    }

    void insert(LinkView view) {
        documents.insert(view.id(), view.version(), view);
    }

    void update(String id, long version, Bson... changes) {
        documents.update(id, version, changes);
    }

    public Optional<LinkView> find(String id) {
        return documents.find(id);
    }

    /** The links in force with {@code record} at either end, oldest first. */
    public List<LinkView> linksOf(RecordRef record) {
        Bson from = and(eq("from.type", record.type()), eq("from.id", record.id()));
        Bson to = and(eq("to.type", record.type()), eq("to.id", record.id()));
        return collection.find(and(or(from, to), eq("status", LinkStatus.LINKED)))
                .sort(Sorts.ascending("linkedAt"))
                .into(new ArrayList<>());
    }

    /** Empties the read model before a full replay. */
    public void reset() {
        documents.reset();
    }
}
