package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;

/**
 * Copies of the live event store and ledger in a scratch database of the test's Mongo server, so
 * that tests can tamper with them without disturbing the shared registry.
 */
final class LedgerCopies {

    private LedgerCopies() {
    }

    /** Waits until the ledger projector has chained every event of the live store. */
    static void awaitLedgerCaughtUp(MongoDatabase live) {
        Awaitility.await("the ledger chains every stored event").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> live.getCollection(LedgerEntries.COLLECTION).countDocuments()
                        == live.getCollection(StoredEvents.COLLECTION).countDocuments());
    }

    /** A scratch database holding copies of {@code domainevents} and {@code audit_ledger}. */
    static MongoDatabase copy(MongoClient client, MongoDatabase live) {
        awaitLedgerCaughtUp(live);
        MongoDatabase scratch = client.getDatabase("ledger-copy-" + UUID.randomUUID().toString().substring(0, 8));
        copy(live.getCollection(StoredEvents.COLLECTION), scratch.getCollection(StoredEvents.COLLECTION));
        copy(live.getCollection(LedgerEntries.COLLECTION), scratch.getCollection(LedgerEntries.COLLECTION));
        LedgerEntries.ensureIndexes(scratch.getCollection(LedgerEntries.COLLECTION),
                scratch.getCollection(StoredEvents.COLLECTION));
        return scratch;
    }

    private static void copy(MongoCollection<Document> from, MongoCollection<Document> to) {
        List<Document> batch = new ArrayList<>();
        for (Document document : from.find().sort(Sorts.ascending("_id"))) {
            batch.add(document);
            if (batch.size() == 500) {
                to.insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            to.insertMany(batch);
        }
    }

    static Document storedEvent(MongoDatabase database, String recordId, long sequence) {
        return database.getCollection(StoredEvents.COLLECTION)
                .find(and(eq(StoredEvents.AGGREGATE_ID, recordId), eq(StoredEvents.SEQUENCE, sequence))).first();
    }

    static long positionOf(MongoDatabase database, String eventId) {
        return ((Number) database.getCollection(LedgerEntries.COLLECTION).find(eq(LedgerEntries.EVENT_ID, eventId))
                .first().get(LedgerEntries.POSITION)).longValue();
    }

    static LedgerVerification verify(MongoDatabase database) {
        // Nothing chains the copies: every unchained event in them is a break, none is pending.
        return new LedgerVerifier(LedgerStore.of(database), Duration.ZERO).verify();
    }
}
