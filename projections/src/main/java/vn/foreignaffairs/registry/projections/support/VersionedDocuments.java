package vn.foreignaffairs.registry.projections.support;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

/**
 * A read-model collection of one document per record, keyed by {@code id}, with the record's
 * {@code version} (the number of its events applied). Every write only lands on an older
 * version, so an event delivered again — after a restart, a replay or a lost claim — changes
 * nothing. In the read-model processor the writes of a batch of events are sent together
 * ({@link ReadModelBatch}); elsewhere at once.
 */
public final class VersionedDocuments<T> {

    private static final EncoderContext ENCODING = EncoderContext.builder().build();

    private final MongoCollection<T> collection;
    private final MongoCollection<BsonDocument> writes;
    private final Codec<T> codec;

    public VersionedDocuments(MongoDatabase database, String name, Class<T> type) {
        this.collection = database.getCollection(name, type);
        this.writes = collection.withDocumentClass(BsonDocument.class);
        this.codec = collection.getCodecRegistry().get(type);
        collection.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
    }

    /** For the read model's own indexes and queries. */
    public MongoCollection<T> collection() {
        return collection;
    }

    /** The record's first document, written at {@code version} ({@link FirstDocument}). */
    public void insert(String id, long version, T document) {
        BsonDocument encoded = new BsonDocument();
        codec.encode(new BsonDocumentWriter(encoded), document, ENCODING);
        FirstDocument first = new FirstDocument(id, version, encoded);
        ReadModelBatch batch = ReadModelBatch.current();
        if (batch != null) {
            batch.add(writes, first);
        } else {
            ReadModelBatch.send(writes, List.of(first));
        }
    }

    /**
     * Applies {@code changes} and moves the document to {@code version}, unless it is there
     * already; in a batch folded into the record's first document when that is still open.
     */
    public void update(String id, long version, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("version", version));
        BsonDocument update = Updates.combine(all).toBsonDocument(BsonDocument.class, writes.getCodecRegistry());
        UpdateOneModel<BsonDocument> write = new UpdateOneModel<>(olderThan(id, version), update);
        ReadModelBatch batch = ReadModelBatch.current();
        if (batch != null) {
            batch.update(writes, id, version, update, write);
        } else {
            ReadModelBatch.writeNow(writes, List.of(write));
        }
    }

    /** The record's document if it is at a version before {@code version}: the guard of every write. */
    static Bson olderThan(String id, long version) {
        return and(eq("id", id), lt("version", version));
    }

    public Optional<T> find(String id) {
        ReadModelBatch.flushCurrent();
        return Optional.ofNullable(collection.find(eq("id", id)).first());
    }

    /** Empties the collection before a full replay. */
    public void reset() {
        collection.deleteMany(new Document());
    }
}
