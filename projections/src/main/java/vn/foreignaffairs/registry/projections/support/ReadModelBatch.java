package vn.foreignaffairs.registry.projections.support;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.BsonDocument;

/**
 * The read-model writes of one batch of events that the read-model processor handles in one unit
 * of work, sent as one ordered bulk write per collection when the batch's last event has been
 * handled ({@link ReadModelBatchInterceptor}), before the processor stores its token: one round
 * trip per collection and batch instead of one per event. A record's first document stays open
 * until it is sent, and the updates of the events after it in the same batch are folded into it
 * ({@link FirstDocument}): a replay, whose batches hold whole records, writes each record once.
 * A projector that reads a read model in the middle of a batch first has the writes before it
 * sent ({@link #flushCurrent()}), so it always reads what the events before it wrote. Should the
 * batch fail, its writes are dropped with the unit of work and the processor handles the batch
 * again.
 */
public final class ReadModelBatch {

    private static final String RESOURCE = ReadModelBatch.class.getName();
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);

    private final Map<MongoCollection<BsonDocument>, Pending> pending = new LinkedHashMap<>();

    /** One write, as it stands when the batch is sent. */
    interface Write {
        WriteModel<BsonDocument> model();
    }

    /** One collection's writes in the order written, and its first documents still open, by id. */
    private static final class Pending {
        private final List<Write> writes = new ArrayList<>();
        private final Map<String, FirstDocument> open = new HashMap<>();
    }

    /** The batch of the unit of work on this thread, or null outside the read-model processor. */
    static ReadModelBatch current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        return CurrentUnitOfWork.get().root().getResource(RESOURCE);
    }

    /** Opens the batch of the current unit of work, or returns the one already open. */
    static ReadModelBatch open() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new ReadModelBatch());
    }

    /** Sends what the current batch holds, if any: before a projector reads a read model. */
    static void flushCurrent() {
        ReadModelBatch batch = current();
        if (batch != null) {
            batch.flush();
        }
    }

    /** Adds a record's first document, open to the updates of the record that follow it. */
    void add(MongoCollection<BsonDocument> collection, FirstDocument first) {
        Pending writes = pendingOf(collection);
        writes.writes.add(first);
        writes.open.put(first.id(), first);
    }

    /**
     * Adds an update that moves the record {@code id} to {@code version}: folded into the record's
     * first document while that is open, else added as {@code write}, which closes the first
     * document, since what follows must not be folded in ahead of this write.
     */
    void update(MongoCollection<BsonDocument> collection, String id, long version, BsonDocument update,
                WriteModel<BsonDocument> write) {
        Pending writes = pendingOf(collection);
        FirstDocument first = writes.open.get(id);
        if (first != null && first.fold(version, update)) {
            return;
        }
        writes.writes.add(() -> write);
        writes.open.remove(id);
    }

    /** Sends every pending write, collection by collection, each collection's in the order written. */
    void flush() {
        pending.forEach((collection, writes) -> send(collection, writes.writes));
        pending.clear();
    }

    /**
     * Sends the writes in order, as one bulk write; where it stops at a first document that was
     * there already, which changes nothing, the writes after it are sent.
     */
    static void send(MongoCollection<BsonDocument> collection, List<? extends Write> writes) {
        List<WriteModel<BsonDocument>> models = writes.stream().map(Write::model).toList();
        int from = 0;
        while (from < models.size()) {
            try {
                writeNow(collection, models.subList(from, models.size()));
                return;
            } catch (MongoBulkWriteException e) {
                List<BulkWriteError> errors = e.getWriteErrors();
                if (errors.size() != 1 || e.getWriteConcernError() != null
                        || !(writes.get(from + errors.get(0).getIndex()) instanceof FirstDocument)
                        || !DuplicateKeys.isDuplicateKey(errors.get(0))) {
                    throw e;
                }
                from += errors.get(0).getIndex() + 1;
            }
        }
    }

    /** Writes at once, outside a batch (the as-of read side, tests, a processor of its own). */
    static <T> void writeNow(MongoCollection<T> collection, List<WriteModel<T>> writes) {
        collection.bulkWrite(writes, IN_ORDER);
    }

    private Pending pendingOf(MongoCollection<BsonDocument> collection) {
        return pending.computeIfAbsent(collection, key -> new Pending());
    }
}
