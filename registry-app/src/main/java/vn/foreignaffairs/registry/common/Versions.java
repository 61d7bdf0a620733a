package vn.foreignaffairs.registry.common;

import org.axonframework.modelling.command.AggregateLifecycle;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * A record's version as the API shows it: the number of events recorded for it (Axon counts
 * sequence numbers from 0, so version = last sequence number + 1). Called only from inside a
 * command handler of an aggregate.
 */
public final class Versions {

    private Versions() {
    }

    /** The current version of the aggregate being handled. */
    public static long current() {
        Long sequence = AggregateLifecycle.getVersion();
        return sequence == null ? 0 : sequence + 1;
    }

    /**
     * Refuses a write based on an older read (optimistic concurrency, If-Match). A null
     * expectation means the writer did not ask for the check.
     */
    public static void requireCurrent(Long expectedVersion) {
        long current = current();
        if (expectedVersion != null && expectedVersion != current) {
            throw new RuleViolation(RefusalCode.STALE_VERSION,
                    "The record was changed since you read it (you sent version " + expectedVersion
                            + ", it is now at version " + current + "). Reload it and try again.");
        }
    }
}
