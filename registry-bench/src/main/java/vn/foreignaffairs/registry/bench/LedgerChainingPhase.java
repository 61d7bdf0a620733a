package vn.foreignaffairs.registry.bench;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import vn.foreignaffairs.registry.audit.ledger.LedgerProjector;

/**
 * The audit ledger chained from nothing over the whole log: the ledger projector stopped, the
 * ledger emptied and the projector's token removed (a store holding events but no ledger), the
 * projector started; timed until the ledger has an entry for every stored event. The generated
 * history lies before the events the registry wrote, where the running projector never goes
 * back, so only this gives verification a whole chain to check.
 */
final class LedgerChainingPhase {

    record Outcome(boolean finished, long events, double seconds) {
    }

    private LedgerChainingPhase() {
    }

    static Outcome run(BenchRegistry registry, Duration timeout) throws InterruptedException {
        StreamingEventProcessor projector = registry.bean(EventProcessingConfiguration.class)
                .eventProcessor(LedgerProjector.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        MongoDatabase store = registry.database();
        long started = System.nanoTime();
        projector.shutDown();
        store.getCollection("audit_ledger").deleteMany(new Document());
        store.getCollection("trackingtokens").deleteMany(Filters.eq("processorName", LedgerProjector.PROCESSING_GROUP));
        long events = store.getCollection("domainevents").countDocuments();
        projector.start();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (store.getCollection("audit_ledger").countDocuments() >= events) {
                return new Outcome(true, events, (System.nanoTime() - started) / 1e9);
            }
            Thread.sleep(20);
        }
        return new Outcome(false, events, timeout.toMillis() / 1000.0);
    }
}
