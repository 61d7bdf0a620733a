package vn.foreignaffairs.registry.audit.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The collections the ledger works on: the event store's raw events, the ledger's entries, and the
 * tracking tokens that tell how far the ledger projector has read.
 */
@Component
public class LedgerStore {

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> ledger;
    private final MongoCollection<Document> tokens;

    /** The application's own collections; their indexes are created here, at start-up. */
    @Autowired
    public LedgerStore(MongoDatabase database) {
        this(database.getCollection(StoredEvents.COLLECTION), database.getCollection(LedgerEntries.COLLECTION),
                database.getCollection(LedgerProjectorProgress.COLLECTION));
        LedgerEntries.ensureIndexes(ledger, events);
    }

    private LedgerStore(MongoCollection<Document> events, MongoCollection<Document> ledger,
                        MongoCollection<Document> tokens) {
        this.events = events;
        this.ledger = ledger;
        this.tokens = tokens;
    }

    /**
     * The registry's collections in any database, read as they are, without creating indexes (the
     * offline verifier must not write to the store it checks; tests verify copies of the collections).
     */
    public static LedgerStore of(MongoDatabase database) {
        return new LedgerStore(database.getCollection(StoredEvents.COLLECTION),
                database.getCollection(LedgerEntries.COLLECTION), database.getCollection(LedgerProjectorProgress.COLLECTION));
    }

    MongoCollection<Document> events() {
        return events;
    }

    MongoCollection<Document> ledger() {
        return ledger;
    }

    MongoCollection<Document> tokens() {
        return tokens;
    }
}
