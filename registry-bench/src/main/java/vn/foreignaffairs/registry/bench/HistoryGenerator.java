package vn.foreignaffairs.registry.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.bson.Document;

/**
 * Writes a history of {@code n} events straight into the event store: copies of the stored events
 * of one delegation that went through create, submit and approve over HTTP, each copy under a new
 * delegation id and new event ids, with timestamps {@link #SPACING} apart before the first stored
 * event (so they are history, and the tracking token's one-second look-back holds one event).
 * The documents keep the exact shape Axon's MongoEventStorageEngine wrote.
 */
final class HistoryGenerator {

    static final Duration SPACING = Duration.ofSeconds(30);
    private static final int BATCH = 1000;

    private HistoryGenerator() {
    }

    /** Inserts about {@code n} events (whole delegations); returns how many. */
    static long generate(MongoDatabase database, long n) {
        MongoCollection<Document> events = database.getCollection("domainevents");
        Document approved = events.find(eq("payloadType", "vn.foreignaffairs.registry.api.delegation.DelegationApproved"))
                .first();
        if (approved == null) {
            throw new IllegalStateException("No approved delegation to copy the history from");
        }
        String templateId = approved.getString("aggregateIdentifier");
        List<Document> template = events.find(eq("aggregateIdentifier", templateId))
                .sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>());
        Instant first = DateTimeUtils.parseInstant(events.find().sort(Sorts.ascending("timestamp")).first()
                .getString("timestamp"));
        long delegations = Math.max(1, n / template.size());
        long count = delegations * template.size();
        Instant at = first.minus(SPACING.multipliedBy(count + 1));
        List<Document> batch = new ArrayList<>(BATCH);
        for (long d = 0; d < delegations; d++) {
            String id = UUID.randomUUID().toString();
            for (Document event : template) {
                Document copy = new Document(event);
                copy.remove("_id");
                copy.put("aggregateIdentifier", id);
                copy.put("eventIdentifier", UUID.randomUUID().toString());
                copy.put("timestamp", DateTimeUtils.formatInstant(at));
                copy.put("serializedPayload", replace(event.get("serializedPayload"), templateId, id));
                copy.put("serializedMetaData", replace(event.get("serializedMetaData"), templateId, id));
                batch.add(copy);
                at = at.plus(SPACING);
                if (batch.size() == BATCH) {
                    events.insertMany(batch, new InsertManyOptions().ordered(false));
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            events.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        return count;
    }

    private static Object replace(Object serialized, String from, String to) {
        return serialized instanceof String text ? text.replace(from, to) : serialized;
    }
}
