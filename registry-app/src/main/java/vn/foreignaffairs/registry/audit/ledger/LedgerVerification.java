package vn.foreignaffairs.registry.audit.ledger;

import java.util.List;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * The outcome of recomputing the chain: OK with the head it reached, or the first break. Also lists
 * (at most {@link LedgerVerifier#UNCHAINED_LISTED}) stored events the ledger never chained, and
 * counts the newest events the projector may simply not have reached yet (pending, not a break).
 */
public record LedgerVerification(Status status, LedgerHead head, long checkedEntries, LedgerBreak firstBreak,
                                 long unchainedCount, List<UnchainedEvent> unchained, long pendingCount,
                                 String explanation) {

    public enum Status { OK, BROKEN }

    public boolean ok() {
        return status == Status.OK;
    }
}
