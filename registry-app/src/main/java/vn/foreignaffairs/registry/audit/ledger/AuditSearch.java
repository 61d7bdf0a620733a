package vn.foreignaffairs.registry.audit.ledger;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Searches the ledger's entries, which carry who, when, what and why for every event. */
@Component
public class AuditSearch {

    private final LedgerStore store;

    public AuditSearch(LedgerStore store) {
        this.store = store;
    }

    public AuditEventPage page(AuditQuery query, int page, int size) {
        List<AuditEventView> items = new ArrayList<>(size);
        store.ledger().find(query.filter()).sort(Sorts.descending(LedgerEntries.POSITION))
                .skip(page * size).limit(size)
                .forEach((Document entry) -> items.add(AuditEventView.of(entry)));
        return new AuditEventPage(items, page, size, store.ledger().countDocuments(query.filter()));
    }

    public long count(AuditQuery query) {
        return store.ledger().countDocuments(query.filter());
    }
}
