package vn.foreignaffairs.registry.storage.backup;

import static com.mongodb.client.model.Filters.in;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.EVENT;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.EVENTS_COLLECTION;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.JSON;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.KIND;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.LEDGER_COLLECTION;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.USERS_COLLECTION;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * Writes the whole event log, with each event's ledger entry, and the users to a backup file
 * (see {@link BackupFormat}). Streams in batches, so memory stays flat however long the log.
 * Read models are not backed up: they are rebuilt from the events.
 */
public final class EventLogBackup {

    private static final int BATCH = 500;

    private final MongoDatabase store;

    public EventLogBackup(MongoDatabase store) {
        this.store = store;
    }

    public BackupSummary writeTo(Writer out) {
        MongoCollection<Document> events = store.getCollection(EVENTS_COLLECTION);
        MongoCollection<Document> ledger = store.getCollection(LEDGER_COLLECTION);
        Document head = ledger.find().sort(Sorts.descending("_id")).limit(1).first();
        line(out, new Document(KIND, BackupFormat.HEADER).append("format", BackupFormat.FORMAT)
                .append("version", BackupFormat.VERSION).append("createdAt", Instant.now().toString())
                .append("ledgerHead", head == null ? null
                        : new Document("position", head.get("_id")).append("hash", head.get("hash"))));

        long chained = 0;
        List<Document> batch = new ArrayList<>(BATCH);
        for (Document entry : ledger.find().sort(Sorts.ascending("_id")).batchSize(BATCH)) {
            batch.add(entry);
            if (batch.size() == BATCH) {
                chained += writeChained(out, events, batch);
                batch.clear();
            }
        }
        chained += writeChained(out, events, batch);
        batch.clear();

        long unchained = 0;
        for (Document event : events.find().sort(Sorts.ascending("timeStamp", "sequenceNumber")).batchSize(BATCH)) {
            batch.add(event);
            if (batch.size() == BATCH) {
                unchained += writeUnchained(out, ledger, batch);
                batch.clear();
            }
        }
        unchained += writeUnchained(out, ledger, batch);
        long total = chained + unchained;
        long users = 0;
        for (Document user : store.getCollection(USERS_COLLECTION).find().sort(Sorts.ascending("_id"))) {
            line(out, new Document(KIND, BackupFormat.USER).append("document", user));
            users++;
        }
        line(out, new Document(KIND, BackupFormat.TRAILER).append("events", total).append("users", users));
        flush(out);
        return new BackupSummary(total, chained, users);
    }

    /** Writes a batch of ledger entries, each with its event, in ledger order; answers the lines written. */
    private static long writeChained(Writer out, MongoCollection<Document> events, List<Document> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        List<String> eventIds = entries.stream().map(entry -> entry.getString("eventId")).toList();
        Map<String, Document> byEventId = new HashMap<>();
        events.find(in("eventIdentifier", eventIds)).forEach(event -> byEventId.put(event.getString("eventIdentifier"), event));
        for (Document entry : entries) {
            // an entry whose event the store no longer holds is kept without it, so that
            // verifying the restored store reports the gap as verifying the original would
            Document event = byEventId.get(entry.getString("eventId"));
            line(out, new Document(KIND, EVENT).append("ledger", entry).append("document", event));
        }
        return entries.size();
    }

    /** Writes the events of a batch that the ledger has not chained (yet); answers how many. */
    private static long writeUnchained(Writer out, MongoCollection<Document> ledger, List<Document> events) {
        if (events.isEmpty()) {
            return 0;
        }
        List<String> eventIds = events.stream().map(event -> event.getString("eventIdentifier")).toList();
        Set<String> chained = new HashSet<>();
        ledger.find(in("eventId", eventIds)).forEach(entry -> chained.add(entry.getString("eventId")));
        long written = 0;
        for (Document event : events) {
            if (!chained.contains(event.getString("eventIdentifier"))) {
                line(out, new Document(KIND, EVENT).append("ledger", null).append("document", event));
                written++;
            }
        }
        return written;
    }

    private static void line(Writer out, Document line) {
        try {
            out.write(line.toJson(JSON));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup", e);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup", e);
        }
    }
}
