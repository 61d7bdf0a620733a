package vn.foreignaffairs.registry.web.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;

/**
 * The {@code idempotency_keys} collection: one document per (user, key), claimed atomically by
 * inserting it (the unique index lets exactly one of two simultaneous requests in), completed
 * with the answer, and removed by MongoDB's TTL monitor after the retention period.
 */
@Component
public class IdempotencyKeys {

    static final String COLLECTION = "idempotency_keys";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String ANSWERED = "ANSWERED";

    private final MongoCollection<Document> keys;
    private final IdempotencySettings settings;
    private final Clock clock;

    @Autowired
    public IdempotencyKeys(MongoDatabase database, IdempotencySettings settings) {
        this(database, settings, Clock.systemUTC());
    }

    IdempotencyKeys(MongoDatabase database, IdempotencySettings settings, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.settings = settings;
        this.clock = clock;
        keys.createIndex(Indexes.ascending("user", "key"), new IndexOptions().unique(true));
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    Claim claim(String user, String key, String requestHash) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("user", user).append("key", key).append("requestHash", requestHash)
                    .append("state", IN_PROGRESS).append("claimedAt", Date.from(now))
                    .append("expiresAt", Date.from(now.plus(settings.retention()))));
            return new Claim.Granted();
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        Document existing = keys.find(and(eq("user", user), eq("key", key))).first();
        if (existing == null) {
            return claim(user, key, requestHash); // expired between the insert and the read
        }
        if (!requestHash.equals(existing.getString("requestHash"))) {
            return new Claim.Reused();
        }
        if (ANSWERED.equals(existing.getString("state"))) {
            return new Claim.Answered(answerOf(existing));
        }
        return takeOverIfStale(existing, now) ? new Claim.Granted() : new Claim.Running();
    }

    /** A claim whose request never answered (its instance stopped): the first to notice takes it over. */
    private boolean takeOverIfStale(Document claim, Instant now) {
        Date claimedAt = claim.getDate("claimedAt");
        if (!claimedAt.toInstant().isBefore(now.minus(settings.staleAfter()))) {
            return false;
        }
        // compare-and-set on the claim time: of several noticing at once, one wins
        return keys.updateOne(and(eq("_id", claim.get("_id")), eq("state", IN_PROGRESS), eq("claimedAt", claimedAt)),
                Updates.set("claimedAt", Date.from(now))).getModifiedCount() == 1;
    }

    void answer(String user, String key, StoredAnswer answer) {
        keys.updateOne(and(eq("user", user), eq("key", key)), Updates.combine(
                Updates.set("state", ANSWERED),
                Updates.set("status", answer.status()),
                Updates.set("headers", new Document(new LinkedHashMap<>(answer.headers()))),
                Updates.set("body", new Binary(answer.body()))));
    }

    /** Forgets an unanswered claim (the request failed on the server), so that a retry runs again. */
    void release(String user, String key) {
        keys.deleteOne(and(eq("user", user), eq("key", key), eq("state", IN_PROGRESS)));
    }

    private static StoredAnswer answerOf(Document document) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = document.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        Binary body = document.get("body", Binary.class);
        return new StoredAnswer(document.getInteger("status"), headers, body == null ? new byte[0] : body.getData());
    }
}
