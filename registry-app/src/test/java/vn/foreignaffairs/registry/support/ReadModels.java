package vn.foreignaffairs.registry.support;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Every projected collection of a store, for comparing read models: each collection's documents
 * without Mongo's generated ids, in a fixed order. Used to prove that read models after a crash
 * or a restore equal those a rebuild from the events produces.
 */
public final class ReadModels {

    /**
     * Collections that are not rebuildable read models: the event store, tokens, what is written
     * directly, and the audit ledger. The ledger is projected, but never
     * rebuilt: its order is the one it fixed when it first chained each event, and a rebuild would
     * chain concurrent writes in another order, under other hashes.
     */
    public static final Set<String> NOT_PROJECTED = Set.of("domainevents", "snapshotevents", "trackingtokens",
            "sagas", "deadletters", "users", "idempotency_keys", "audit_refusals", "audit_ledger");

    private ReadModels() {
    }

    public static Map<String, List<Document>> of(MongoDatabase store) {
        Map<String, List<Document>> models = new TreeMap<>();
        for (String name : store.listCollectionNames()) {
            if (!NOT_PROJECTED.contains(name) && !name.startsWith("system.")) {
                List<Document> documents = new ArrayList<>();
                for (Document document : store.getCollection(name).find()) {
                    if (!(document.get("_id") instanceof String)) {
                        document.remove("_id");
                    }
                    documents.add(document);
                }
                documents.sort(Comparator.comparing(Document::toJson));
                models.put(name, documents);
            }
        }
        return models;
    }

    /** The read models once two readings {@code pause} apart agree. */
    public static Map<String, List<Document>> awaitStable(MongoDatabase store, Duration pause, Duration timeout) {
        Map<String, List<Document>> previous = of(store);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            sleep(pause);
            Map<String, List<Document>> current = of(store);
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new AssertionError("the read models kept changing for " + timeout);
    }

    /** The read models once they equal {@code expected}, or as they are when {@code timeout} runs out. */
    public static Map<String, List<Document>> awaitEqual(MongoDatabase store, Map<String, List<Document>> expected,
                                                         Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, List<Document>> current = of(store);
        while (!current.equals(expected) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(250));
            current = of(store);
        }
        return current;
    }

    /** Per collection, the first document that differs, or the sizes if they differ. */
    public static List<String> differences(Map<String, List<Document>> expected, Map<String, List<Document>> actual) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            List<Document> before = expected.getOrDefault(name, List.of());
            List<Document> after = actual.getOrDefault(name, List.of());
            if (before.size() != after.size()) {
                differences.add(name + ": " + before.size() + " documents, now " + after.size());
                continue;
            }
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    differences.add(name + "[" + i + "]: " + before.get(i).toJson() + "\n now: " + after.get(i).toJson());
                    break;
                }
            }
        }
        return differences;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
