package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * The ledger entries of one batch of events the projector handles in one unit of work. What the
 * batch needs from the store is read once for all its events (which of them are chained already,
 * their raw documents), and its entries are inserted together when its last event was handled,
 * before the unit of work stores the processor's token: four round trips per batch instead of
 * four per event.
 */
final class LedgerBatch {

    private final LedgerStore store;
    private final Set<String> chained = new HashSet<>();
    private final Map<String, List<Document>> stored = new HashMap<>();
    private final List<Document> entries = new ArrayList<>();
    private LedgerHead head;

    LedgerBatch(LedgerStore store, List<? extends EventMessage<?>> events, LedgerHead head) {
        this.store = store;
        this.head = head;
        List<String> ids = new ArrayList<>(events.size());
        events.forEach(event -> ids.add(event.getIdentifier()));
        store.ledger().find(in(LedgerEntries.EVENT_ID, ids)).projection(Projections.include(LedgerEntries.EVENT_ID))
                .forEach(entry -> chained.add(entry.getString(LedgerEntries.EVENT_ID)));
        store.events().find(in(StoredEvents.EVENT_ID, ids)).forEach(document -> stored
                .computeIfAbsent(document.getString(StoredEvents.EVENT_ID), id -> new ArrayList<>(1)).add(document));
    }

    /** Chains {@code event} after the batch's head, unless the ledger holds it already. */
    void chain(EventMessage<?> event) {
        if (!chained.add(event.getIdentifier())) {
            return;
        }
        Document document = storedDocumentOf(event);
        if (document == null) {
            // Failing makes the processor retry this batch later instead of leaving a hole in the chain.
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not (yet) readable in the event store");
        }
        Document entry = LedgerProjector.entry(head, CanonicalEvent.fromStored(document));
        entries.add(entry);
        head = new LedgerHead(head.position() + 1, entry.getString(LedgerEntries.HASH),
                entry.getDate(LedgerEntries.TIMESTAMP) == null ? null : entry.getDate(LedgerEntries.TIMESTAMP).toInstant());
    }

    /**
     * Inserts the batch's entries in position order. Positions are the entries' {@code _id}: should
     * another instance have appended meanwhile, the insert fails and the processor retries the batch.
     */
    LedgerHead insert() {
        if (!entries.isEmpty()) {
            store.ledger().insertMany(entries);
        }
        return head;
    }

    /**
     * The event's raw document; of several stored under its identifier (only a forger makes
     * several, and verification names them), the one at the event's place in its record.
     */
    private Document storedDocumentOf(EventMessage<?> event) {
        List<Document> documents = stored.get(event.getIdentifier());
        if (documents == null) {
            return null;
        }
        if (event instanceof DomainEventMessage<?> domain && documents.size() > 1) {
            for (Document document : documents) {
                if (domain.getAggregateIdentifier().equals(document.getString(StoredEvents.AGGREGATE_ID))
                        && document.get(StoredEvents.SEQUENCE) instanceof Number sequence
                        && sequence.longValue() == domain.getSequenceNumber()) {
                    return document;
                }
            }
        }
        return documents.get(0);
    }
}
