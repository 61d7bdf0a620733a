package vn.foreignaffairs.registry.bench;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;

/**
 * The storage ceiling: single-document inserts with the raw MongoDB driver into the same server,
 * acknowledged (the write concern the event store uses), one at a time from one client, each
 * document the size of a stored event.
 */
final class BaselinePhase {

    private BaselinePhase() {
    }

    /** Inserts per second. */
    static double run(String connectionString, Duration duration) {
        String payload = "x".repeat(1500);
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> collection = client.getDatabase(BenchRegistry.DATABASE)
                    .getCollection("bench_baseline").withWriteConcern(WriteConcern.ACKNOWLEDGED);
            long deadline = System.nanoTime() + duration.toNanos();
            long started = System.nanoTime();
            long inserts = 0;
            while (System.nanoTime() < deadline) {
                collection.insertOne(new Document("eventIdentifier", UUID.randomUUID().toString())
                        .append("aggregateIdentifier", UUID.randomUUID().toString())
                        .append("sequenceNumber", 0L)
                        .append("serializedPayload", payload));
                inserts++;
            }
            double perSecond = inserts / ((System.nanoTime() - started) / 1e9);
            collection.drop();
            return perSecond;
        }
    }
}
