package vn.foreignaffairs.registry.audit.refusal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The refused attempts to change something, kept in the {@code audit_refusals} collection and
 * written to the log at WARN. The event store records only what was done; this is what was tried
 * and refused.
 */
@Component
public class RefusalLog {

    static final String COLLECTION = "audit_refusals";
    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private final MongoCollection<Refusal> refusals;

    public RefusalLog(MongoDatabase readModels) {
        this.refusals = readModels.getCollection(COLLECTION, Refusal.class);
        refusals.createIndex(Indexes.descending("at"));
        refusals.createIndex(Indexes.compoundIndex(Indexes.ascending("user"), Indexes.descending("at")));
    }

    /** Keeps and logs a refusal; a failure to keep it is logged and never changes the answer sent. */
    public void record(Refusal refusal) {
        log.warn("Refused {} {} for user {} (role {}, agency {}): {} {}", refusal.method(), refusal.path(),
                orDash(refusal.user()), orDash(refusal.role()), orDash(refusal.agency()), refusal.status(),
                refusal.code());
        try {
            refusals.insertOne(refusal);
        } catch (RuntimeException e) {
            log.error("Could not keep the refused attempt of {} on {} {}", refusal.user(), refusal.method(),
                    refusal.path(), e);
        }
    }

    /** Refusals of {@code user} (any when null) from {@code from} (inclusive) to {@code to} (exclusive). */
    public RefusalPage find(String user, Instant from, Instant to, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (user != null) {
            filters.add(eq("user", user));
        }
        if (from != null) {
            filters.add(gte("at", from));
        }
        if (to != null) {
            filters.add(lt("at", to));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        List<Refusal> items = refusals.find(filter).sort(Sorts.descending("at"))
                .skip(page * size).limit(size).into(new ArrayList<>());
        return new RefusalPage(items, page, size, refusals.countDocuments(filter));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
