package vn.foreignaffairs.registry.bench;

import java.time.Duration;
import org.bson.Document;

/**
 * The audit ledger chained from nothing over the whole log (the registry restarted with an empty
 * ledger, {@link BenchRegistry#restartWithEmptyLedger()}): timed from the restart until the ledger
 * has an entry for every stored event. The generated history lies before the events the registry
 * wrote, where the running projector never goes back, so only this gives verification a whole chain.
 */
final class LedgerChainingPhase {

    record Outcome(boolean finished, long events, double seconds) {
    }

    private LedgerChainingPhase() {
    }

    static Outcome run(BenchRegistry registry, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        registry.restartWithEmptyLedger();
        long events = registry.database().getCollection("domainevents").countDocuments();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (registry.database().getCollection("audit_ledger").countDocuments(new Document()) >= events) {
                return new Outcome(true, events, (System.nanoTime() - started) / 1e9);
            }
            Thread.sleep(50);
        }
        return new Outcome(false, events, timeout.toMillis() / 1000.0);
    }
}
