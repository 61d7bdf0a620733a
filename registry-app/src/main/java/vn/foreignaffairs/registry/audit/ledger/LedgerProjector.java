package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * Folds every event, in the order this processor receives them, into the hash chain. The hash, and
 * the fields the entry copies for search, are computed from the event's raw document in the event
 * store, the same bytes the verifier reads back. An event already chained is skipped, so a replay
 * or a restart never chains it twice; there is deliberately no reset handler: the chain only grows.
 */
@Component
@ProcessingGroup(LedgerProjector.PROCESSING_GROUP)
public class LedgerProjector {

    public static final String PROCESSING_GROUP = "audit-ledger";

    private final LedgerStore store;

    public LedgerProjector(LedgerStore store) {
        this.store = store;
    }

    private static final String BATCH = LedgerBatch.class.getName();

    /** The head this projector last wrote; only this processor's one segment appends to the ledger. */
    private volatile LedgerHead lastHead;

    /**
     * Chains the event after those before it in the processor's batch; the batch's entries are
     * written when its last event is handled, within the unit of work and so before its token.
     * The ledger hashes the stored documents, so the payload is never deserialised here.
     */
    @EventHandler
    void on(EventMessage<?> event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        LedgerBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> startBatch(unitOfWork, event));
        batch.chain(event);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            lastHead = batch.insert();
        }
    }

    private LedgerBatch startBatch(UnitOfWork<?> unitOfWork, EventMessage<?> first) {
        List<EventMessage<?>> events = new ArrayList<>();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            batching.getMessages().forEach(message -> events.add((EventMessage<?>) message));
        } else {
            events.add(first);
        }
        LedgerHead head = currentHead();
        lastHead = null;
        unitOfWork.onRollback(failed -> lastHead = null);
        return new LedgerBatch(store, events, head);
    }

    /**
     * The remembered head while it is still the ledger's last entry; else (another instance held the
     * segment meanwhile, or the ledger was emptied) the head the ledger has.
     */
    private LedgerHead currentHead() {
        LedgerHead head = lastHead;
        if (head != null) {
            List<Document> fromHead = store.ledger().find(gte(LedgerEntries.POSITION, head.position()))
                    .sort(Sorts.ascending(LedgerEntries.POSITION)).projection(Projections.include(LedgerEntries.HASH))
                    .limit(2).into(new ArrayList<>());
            if (head.position() == 0 ? fromHead.isEmpty()
                    : fromHead.size() == 1 && head.hash().equals(fromHead.get(0).getString(LedgerEntries.HASH))) {
                return head;
            }
        }
        return MongoAuditLedger.headOf(store);
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
