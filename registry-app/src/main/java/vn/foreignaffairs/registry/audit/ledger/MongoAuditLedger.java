package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/** The ledger as the {@code audit_ledger} collection holds it. */
@Component
public class MongoAuditLedger implements AuditLedger {

    private final LedgerStore store;

    public MongoAuditLedger(LedgerStore store) {
        this.store = store;
    }

    @Override
    public LedgerHead head() {
        return headOf(store);
    }

    @Override
    public Optional<String> hashOf(String eventId) {
        return Optional.ofNullable(store.ledger().find(eq(LedgerEntries.EVENT_ID, eventId))
                .projection(Projections.include(LedgerEntries.HASH)).first())
                .map(entry -> entry.getString(LedgerEntries.HASH));
    }

    /** The position at which the chain had this hash as its head, if it ever had. */
    public Optional<Long> positionOf(String hash) {
        return Optional.ofNullable(store.ledger().find(eq(LedgerEntries.HASH, hash))
                        .sort(Sorts.ascending(LedgerEntries.POSITION))
                        .projection(Projections.include(LedgerEntries.POSITION)).first())
                .map(entry -> entry.get(LedgerEntries.POSITION) instanceof Number position ? position.longValue() : null);
    }

    static LedgerHead headOf(LedgerStore store) {
        Document last = store.ledger().find().sort(Sorts.descending(LedgerEntries.POSITION)).limit(1).first();
        if (last != null && !(last.get(LedgerEntries.POSITION) instanceof Number)) {
            // an entry inserted with a position that is no number sorts after the numbers: the head is the last numbered entry
            last = store.ledger().find(Filters.type(LedgerEntries.POSITION, "number"))
                    .sort(Sorts.descending(LedgerEntries.POSITION)).limit(1).first();
        }
        if (last == null) {
            return LedgerHead.empty();
        }
        return new LedgerHead(((Number) last.get(LedgerEntries.POSITION)).longValue(),
                last.get(LedgerEntries.HASH) instanceof String hash ? hash : null,
                last.get(LedgerEntries.TIMESTAMP) instanceof Date at ? at.toInstant() : null);
    }
}
