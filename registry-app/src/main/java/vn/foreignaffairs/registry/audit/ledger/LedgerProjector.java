package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * Folds every event, in the order this processor receives them, into the hash chain. The hash, and
 * the fields the entry copies for search, are computed from the event's raw document in the event
 * store, the same bytes the verifier reads back. An event already chained is skipped, so a replay or a restart never chains it twice; there
 * is deliberately no reset handler: the chain only grows.
 */
@Component
@ProcessingGroup(LedgerProjector.PROCESSING_GROUP)
public class LedgerProjector {

    public static final String PROCESSING_GROUP = "audit-ledger";

    private final LedgerStore store;

    public LedgerProjector(LedgerStore store) {
        this.store = store;
    }

    /** The head this projector last wrote; only this processor's one segment appends to the ledger. */
    private volatile LedgerHead lastHead;

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (store.ledger().find(eq(LedgerEntries.EVENT_ID, event.getIdentifier()))
                .projection(Projections.include(LedgerEntries.POSITION)).first() != null) {
            return;
        }
        Document stored = stored(event);
        if (stored == null) {
            // Failing makes the processor retry this event later instead of leaving a hole in the chain.
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not (yet) readable in the event store");
        }
        LedgerHead head = currentHead();
        lastHead = null;
        Document entry = entry(head, CanonicalEvent.fromStored(stored));
        // The position is the _id: should another instance have appended meanwhile, this insert fails and is retried.
        store.ledger().insertOne(entry);
        lastHead = new LedgerHead(head.position() + 1, entry.getString(LedgerEntries.HASH),
                entry.getDate(LedgerEntries.TIMESTAMP) == null ? null : entry.getDate(LedgerEntries.TIMESTAMP).toInstant());
    }

    /** The event's raw document, found through the store's unique (aggregate, sequence) index where it has one. */
    private Document stored(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            Document stored = store.events().find(and(eq(StoredEvents.AGGREGATE_ID, domain.getAggregateIdentifier()),
                    eq(StoredEvents.SEQUENCE, domain.getSequenceNumber()))).first();
            if (stored != null && event.getIdentifier().equals(stored.getString(StoredEvents.EVENT_ID))) {
                return stored;
            }
        }
        return store.events().find(eq(StoredEvents.EVENT_ID, event.getIdentifier())).first();
    }

    /** The remembered head, unless an entry was appended after it elsewhere (another instance held the segment). */
    private LedgerHead currentHead() {
        LedgerHead head = lastHead;
        if (head == null || store.ledger().find(eq(LedgerEntries.POSITION, head.position() + 1))
                .projection(Projections.include(LedgerEntries.POSITION)).first() != null) {
            head = MongoAuditLedger.headOf(store);
        }
        return head;
    }

    /** The entry that chains {@code event} after {@code head}. */
    static Document entry(LedgerHead head, CanonicalEvent event) {
        Document entry = new Document(LedgerEntries.POSITION, head.position() + 1)
                .append(LedgerEntries.EVENT_ID, event.eventId());
        return CopiedFields.of(event).appendTo(entry)
                .append(LedgerEntries.PREVIOUS_HASH, head.hash())
                .append(LedgerEntries.HASH, LedgerHashes.next(head.hash(), event));
    }
}
