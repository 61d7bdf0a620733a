package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.bson.conversions.Bson;

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

    /** Waits until the ledger projector's stored token has passed the last event it chained. */
    static void awaitTokenPastTheHead(MongoDatabase live) {
        Awaitility.await("the ledger projector's token stored past the head").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Document last = live.getCollection(LedgerEntries.COLLECTION).find()
                            .sort(Sorts.descending(LedgerEntries.POSITION)).first();
                    return last == null || LedgerProjectorProgress.read(live.getCollection(LedgerProjectorProgress.COLLECTION))
                            .passed(last.getString(LedgerEntries.EVENT_ID), last.getDate(LedgerEntries.TIMESTAMP).toInstant());
                });
    }

    /**
     * A scratch database holding copies of {@code domainevents}, {@code audit_ledger} and the ledger
     * projector's tracking token, taken once the ledger and its token have caught up.
     */
    static MongoDatabase copy(MongoClient client, MongoDatabase live) {
        awaitLedgerCaughtUp(live);
        awaitTokenPastTheHead(live);
        MongoDatabase scratch = client.getDatabase("ledger-copy-" + UUID.randomUUID().toString().substring(0, 8));
        copy(live.getCollection(StoredEvents.COLLECTION), scratch.getCollection(StoredEvents.COLLECTION), new Document());
        copy(live.getCollection(LedgerEntries.COLLECTION), scratch.getCollection(LedgerEntries.COLLECTION), new Document());
        copy(live.getCollection(LedgerProjectorProgress.COLLECTION), scratch.getCollection(LedgerProjectorProgress.COLLECTION),
                eq("processorName", LedgerProjector.PROCESSING_GROUP));
        LedgerEntries.ensureIndexes(scratch.getCollection(LedgerEntries.COLLECTION),
                scratch.getCollection(StoredEvents.COLLECTION));
        return scratch;
    }

    private static void copy(MongoCollection<Document> from, MongoCollection<Document> to, Bson filter) {
        List<Document> batch = new ArrayList<>();
        for (Document document : from.find(filter).sort(Sorts.ascending("_id"))) {
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

    /** Verification as the registry runs it, with its pending window, at the instant {@code clock} tells. */
    static LedgerVerification verifyAsTheRegistryDoes(MongoDatabase database, Clock clock) {
        return new LedgerVerifier(LedgerStore.of(database), LedgerConfiguration.PENDING_WINDOW, clock).verify();
    }
}
