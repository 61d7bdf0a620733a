package vn.foreignaffairs.registry.projections.support;

import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonDocument;

/**
 * A record's first read-model document, written at its version: one upsert guarded by the
 * version, which replaces an older document and inserts where there is none. Where the document
 * is there already at that version or later, the upsert fails on the unique {@code id}, which
 * means "nothing to do": the batch then sends the writes after it ({@link ReadModelBatch#send}).
 *
 * <p>Until its batch is sent, the updates of the same record's later events can be folded into
 * it. The result is what the writes one by one would leave, whatever was stored before: nothing
 * or an older version gets the whole folded document; a version from the middle of the fold (the
 * batch sent once already, in part) was made by the same events, so the folded document is what
 * the rest of them would have made of it; a version at or past the fold's is left alone.
 */
final class FirstDocument implements ReadModelBatch.Write {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final String id;
    private final BsonDocument document;
    private long version;

    FirstDocument(String id, long version, BsonDocument document) {
        this.id = id;
        this.version = version;
        this.document = document;
    }

    String id() {
        return id;
    }

    /**
     * Folds an update that moves the record to {@code updateVersion} (and sets its {@code version}
     * field) into the document; false if it cannot be done in memory, and nothing changed.
     */
    boolean fold(long updateVersion, BsonDocument update) {
        if (updateVersion <= version) {
            return true; // the server's version guard would skip it too
        }
        if (!InMemoryUpdate.applyTo(document, update)) {
            return false;
        }
        version = updateVersion;
        return true;
    }

    @Override
    public WriteModel<BsonDocument> model() {
        return new ReplaceOneModel<>(VersionedDocuments.olderThan(id, version), document, UPSERT);
    }

}
