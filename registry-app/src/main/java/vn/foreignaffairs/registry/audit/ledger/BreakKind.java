package vn.foreignaffairs.registry.audit.ledger;

/** Why the chain breaks at a position. */
public enum BreakKind {
    /**
     * The event's stored content (or the ledger entry) differs from what was hashed, or a field the
     * entry copies differs from its event.
     */
    CHANGED,
    /** The ledger's event is no longer in the event store, or ledger entries are gone (amid, at the end, or all). */
    MISSING,
    /** An event in the store was never chained, or an entry was inserted into the ledger. */
    INSERTED,
    /** Events or entries swapped places: an event now stands where the ledger put another. */
    REORDERED
}
