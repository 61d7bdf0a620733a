package vn.foreignaffairs.registry.audit.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The two collections the ledger works on: the event store's raw events and the ledger's entries. */
@Component
public class LedgerStore {

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> ledger;

    /** The application's own collections; their indexes are created here, at start-up. */
    @Autowired
    public LedgerStore(MongoDatabase database) {
        this(database.getCollection(StoredEvents.COLLECTION), database.getCollection(LedgerEntries.COLLECTION));
        LedgerEntries.ensureIndexes(ledger, events);
    }

    private LedgerStore(MongoCollection<Document> events, MongoCollection<Document> ledger) {
        this.events = events;
        this.ledger = ledger;
    }

    /**
     * Named collections of any database, read as they are, without creating indexes (the offline
     * verifier must not write to the store it checks; tests verify copies of the collections).
     */
    public static LedgerStore of(MongoDatabase database, String eventsCollection, String ledgerCollection) {
        return new LedgerStore(database.getCollection(eventsCollection), database.getCollection(ledgerCollection));
    }

    /** The collections of the registry's database, under their usual names. */
    public static LedgerStore of(MongoDatabase database) {
        return of(database, StoredEvents.COLLECTION, LedgerEntries.COLLECTION);
    }

    MongoCollection<Document> events() {
        return events;
    }

    MongoCollection<Document> ledger() {
        return ledger;
    }
}
