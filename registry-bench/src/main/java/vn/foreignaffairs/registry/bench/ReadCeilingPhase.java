package vn.foreignaffairs.registry.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The storage ceiling for the phases that read the whole log: the raw MongoDB driver, one client,
 * reads every stored event in the order the tracking processors read them (by time), then every
 * ledger entry in position order, in batches of 500 as the verifier does, and does nothing with
 * them. A rebuild reads each event once; verification reads each event and its entry.
 */
final class ReadCeilingPhase {

    private static final int BATCH = 500;

    /** Per second: events read, ledger entries read, and events with their entries read one after the other. */
    record Outcome(long events, double eventsPerSecond, long entries, double entriesPerSecond,
                   double bothPerSecond) {
    }

    private ReadCeilingPhase() {
    }

    static Outcome run(String connectionString) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoDatabase database = client.getDatabase(BenchRegistry.DATABASE);
            MongoCollection<Document> events = database.getCollection("domainevents");
            MongoCollection<Document> ledger = database.getCollection("audit_ledger");
            long started = System.nanoTime();
            long eventCount = count(events, Sorts.ascending("timestamp", "sequenceNumber"));
            double eventSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            long entryCount = count(ledger, Sorts.ascending("_id"));
            double entrySeconds = (System.nanoTime() - started) / 1e9;
            return new Outcome(eventCount, eventCount / eventSeconds, entryCount, entryCount / entrySeconds,
                    Math.min(eventCount, entryCount) / (eventSeconds + entrySeconds));
        }
    }

    private static long count(MongoCollection<Document> collection, Bson order) {
        long read = 0;
        for (Document ignored : collection.find().sort(order).batchSize(BATCH)) {
            read++;
        }
        return read;
    }
}
