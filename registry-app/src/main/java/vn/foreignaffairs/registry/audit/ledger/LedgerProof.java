package vn.foreignaffairs.registry.audit.ledger;

import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * Whether an earlier head is a prefix of the current chain, i.e. the log has only grown since:
 * the chain recomputed from the event store passes through the old head's hash at its position.
 */
public record LedgerProof(LedgerHead oldHead, LedgerHead currentHead, boolean prefix,
                          LedgerVerification verification, String explanation) {
}
