package vn.foreignaffairs.registry.audit.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/** Field names of the {@code audit_ledger} collection: one document per chained event, {@code _id} is its position. */
final class LedgerEntries {

    static final String COLLECTION = "audit_ledger";

    static final String POSITION = "_id";
    static final String EVENT_ID = "eventId";
    static final String RECORD_TYPE = "recordType";
    static final String RECORD_ID = "recordId";
    static final String SEQUENCE = "sequence";
    static final String EVENT_TYPE = "eventType";
    static final String TIMESTAMP = "timestamp";
    static final String ACTOR = "actor";
    static final String ROLE = "role";
    static final String AGENCY = "agency";
    static final String REASON = "reason";
    static final String REQUEST_ID = "requestId";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH = "hash";

    private LedgerEntries() {
    }

    /** The indexes of the ledger (idempotent), and the event store's index on event identifiers it looks events up by. */
    static void ensureIndexes(MongoCollection<Document> ledger, MongoCollection<Document> events) {
        ledger.createIndex(Indexes.ascending(EVENT_ID), new IndexOptions().unique(true));
        ledger.createIndex(Indexes.ascending(HASH));
        ledger.createIndex(Indexes.ascending(RECORD_TYPE, RECORD_ID, SEQUENCE));
        ledger.createIndex(Indexes.ascending(TIMESTAMP));
        ledger.createIndex(Indexes.ascending(ACTOR));
        ledger.createIndex(Indexes.ascending(AGENCY));
        ledger.createIndex(Indexes.ascending(EVENT_TYPE));
        events.createIndex(Indexes.ascending(StoredEvents.EVENT_ID));
    }
}
