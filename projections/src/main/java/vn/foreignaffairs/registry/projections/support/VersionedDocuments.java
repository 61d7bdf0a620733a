package vn.foreignaffairs.registry.projections.support;

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

/**
 * A read-model collection of one document per record, keyed by {@code id}, with the record's
 * {@code version} (the number of its events applied). Every write only lands on an older
 * version, so an event delivered again — after a restart, a replay or a lost claim — changes
 * nothing.
 */
public final class VersionedDocuments<T> {

    private final MongoCollection<T> collection;

    public VersionedDocuments(MongoDatabase database, String name, Class<T> type) {
        this.collection = database.getCollection(name, type);
        collection.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
    }

    /** For the read model's own indexes and queries. */
    public MongoCollection<T> collection() {
        return collection;
    }

    /** The record's first document, written at {@code version}. */
    public void insert(String id, long version, T document) {
        try {
            collection.replaceOne(and(eq("id", id), lt("version", version)), document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /** Applies {@code changes} and moves the document to {@code version}, unless it is there already. */
    public void update(String id, long version, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("version", version));
        collection.updateOne(and(eq("id", id), lt("version", version)), Updates.combine(all));
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(collection.find(eq("id", id)).first());
    }

    /** Empties the collection before a full replay. */
    public void reset() {
        collection.deleteMany(new Document());
    }
}
