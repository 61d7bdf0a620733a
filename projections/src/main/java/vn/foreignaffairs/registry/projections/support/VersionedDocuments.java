package vn.foreignaffairs.registry.projections.support;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocumentWrapper;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.conversions.Bson;

/**
 * A read-model collection of one document per record, keyed by {@code id}, with the record's
 * {@code version} (the number of its events applied). Every write only lands on an older
 * version, so an event delivered again — after a restart, a replay or a lost claim — changes
 * nothing. In the read-model processor the writes of a batch of events are sent together
 * ({@link ReadModelBatch}); elsewhere at once.
 */
public final class VersionedDocuments<T> {

    private final MongoCollection<T> collection;
    private final Codec<T> codec;

    public VersionedDocuments(MongoDatabase database, String name, Class<T> type) {
        this.collection = database.getCollection(name, type);
        this.codec = collection.getCodecRegistry().get(type);
        collection.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
    }

    /** For the read model's own indexes and queries. */
    public MongoCollection<T> collection() {
        return collection;
    }

    /**
     * The record's first document, written at {@code version}: it replaces an older document and
     * is inserted where there is none. Two writes that never fail on the unique {@code id} (a
     * failed write would stop the batch's bulk write), where one upsert guarded by the version
     * would fail whenever the document is there already at that version or later.
     */
    public void insert(String id, long version, T document) {
        write(List.of(
                new ReplaceOneModel<>(and(eq("id", id), lt("version", version)), document),
                new UpdateOneModel<>(eq("id", id),
                        Updates.setOnInsert(new BsonDocumentWrapper<>(document, codec)),
                        new UpdateOptions().upsert(true))));
    }

    /** Applies {@code changes} and moves the document to {@code version}, unless it is there already. */
    public void update(String id, long version, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("version", version));
        write(List.of(new UpdateOneModel<>(and(eq("id", id), lt("version", version)), Updates.combine(all))));
    }

    public Optional<T> find(String id) {
        ReadModelBatch.flushCurrent();
        return Optional.ofNullable(collection.find(eq("id", id)).first());
    }

    /** Empties the collection before a full replay. */
    public void reset() {
        collection.deleteMany(new Document());
    }

    private void write(List<WriteModel<T>> writes) {
        ReadModelBatch batch = ReadModelBatch.current();
        if (batch != null) {
            batch.add(collection, writes);
        } else {
            ReadModelBatch.writeNow(collection, writes);
        }
    }
}
