package vn.foreignaffairs.registry.audit.ledger;

/** The first position where the chain does not recompute, what kind of break it is, and in plain words why. */
public record LedgerBreak(long position, BreakKind kind, String eventId, String recordType, String recordId,
                          Long sequence, String explanation) {
}
