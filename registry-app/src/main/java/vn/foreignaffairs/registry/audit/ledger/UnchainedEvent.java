package vn.foreignaffairs.registry.audit.ledger;

/**
 * An event in the store that the ledger never chained; {@code position} is where it would stand
 * in the ledger by its time (the first chained event not older than it); {@code passedByProjector}
 * when the ledger projector has already read past it, so that it will never be chained.
 */
public record UnchainedEvent(String eventId, String recordType, String recordId, Long sequence, String timestamp,
                             long position, boolean passedByProjector) {
}
