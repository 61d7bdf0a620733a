package vn.foreignaffairs.registry.projections.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The read-model writes of one batch of events that the read-model processor handles in one unit
 * of work, sent as one ordered bulk write per collection when the batch's last event has been
 * handled ({@link ReadModelBatchInterceptor}), before the processor stores its token: one round
 * trip per collection and batch instead of one per event. A projector that reads a read model
 * in the middle of a batch first has the writes before it sent ({@link #flushCurrent()}), so it
 * always reads what the events before it wrote. Should the batch fail, its writes are dropped
 * with the unit of work and the processor handles the batch again.
 */
public final class ReadModelBatch {

    private static final String RESOURCE = ReadModelBatch.class.getName();
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);

    private final Map<MongoCollection<?>, Pending<?>> pending = new LinkedHashMap<>();

    /** One collection's writes, in the order written. */
    private record Pending<T>(MongoCollection<T> collection, List<WriteModel<T>> writes) {

        void send() {
            writeNow(collection, writes);
        }
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

    @SuppressWarnings("unchecked")
    <T> void add(MongoCollection<T> collection, List<WriteModel<T>> writes) {
        ((Pending<T>) pending.computeIfAbsent(collection, key -> new Pending<>(collection, new ArrayList<>())))
                .writes().addAll(writes);
    }

    /** Sends every pending write, collection by collection, each collection's in the order written. */
    void flush() {
        pending.values().forEach(Pending::send);
        pending.clear();
    }

    /** Writes at once, outside a batch (the as-of read side, tests, a processor of its own). */
    static <T> void writeNow(MongoCollection<T> collection, List<WriteModel<T>> writes) {
        collection.bulkWrite(writes, IN_ORDER);
    }
}
