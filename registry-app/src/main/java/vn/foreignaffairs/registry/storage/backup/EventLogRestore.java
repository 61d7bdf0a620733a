package vn.foreignaffairs.registry.storage.backup;

import static vn.foreignaffairs.registry.storage.backup.BackupFormat.EVENT;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.EVENTS_COLLECTION;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.HEADER;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.KIND;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.LEDGER_COLLECTION;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.TRAILER;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.USER;
import static vn.foreignaffairs.registry.storage.backup.BackupFormat.USERS_COLLECTION;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonParseException;

/**
 * Imports a backup file into an empty store: the events exactly as they were stored, the ledger
 * entries with their positions and hashes, and the users. The file is checked whole before
 * anything is written (format, every line readable, trailer counts), so a damaged file writes
 * nothing. The registry started on the restored store rebuilds its read models from the events;
 * the ledger keeps the chain it had, and verification recomputes it.
 */
public final class EventLogRestore {

    private static final int BATCH = 500;

    private final MongoDatabase store;

    public EventLogRestore(MongoDatabase store) {
        this.store = store;
    }

    public BackupSummary restoreFrom(Path file) {
        BackupSummary expected = check(file);
        requireEmpty();
        MongoCollection<Document> events = store.getCollection(EVENTS_COLLECTION);
        MongoCollection<Document> ledger = store.getCollection(LEDGER_COLLECTION);
        MongoCollection<Document> users = store.getCollection(USERS_COLLECTION);
        List<Document> eventBatch = new ArrayList<>(BATCH);
        List<Document> ledgerBatch = new ArrayList<>(BATCH);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                Document line = Document.parse(text);
                switch (line.getString(KIND)) {
                    case EVENT -> {
                        addIfPresent(eventBatch, line.get("document", Document.class));
                        addIfPresent(ledgerBatch, line.get("ledger", Document.class));
                        if (eventBatch.size() >= BATCH || ledgerBatch.size() >= BATCH) {
                            insert(events, eventBatch);
                            insert(ledger, ledgerBatch);
                        }
                    }
                    case USER -> users.insertOne(line.get("document", Document.class));
                    default -> {
                        // header and trailer were checked before anything was written
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + file, e);
        }
        insert(events, eventBatch);
        insert(ledger, ledgerBatch);
        return expected;
    }

    /** Reads the whole file once: a known format, every line readable, and the counts of the trailer. */
    static BackupSummary check(Path file) {
        long events = 0;
        long chained = 0;
        long users = 0;
        Document trailer = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text = in.readLine();
            Document header = text == null ? null : parse(text, 1);
            if (header == null || !HEADER.equals(header.getString(KIND))
                    || !BackupFormat.FORMAT.equals(header.getString("format"))) {
                throw new BackupRefused("This is not a backup of the registry (no header line).");
            }
            if (header.getInteger("version", 0) != BackupFormat.VERSION) {
                throw new BackupRefused("The backup has format version " + header.get("version")
                        + "; this registry reads version " + BackupFormat.VERSION + ".");
            }
            long number = 1;
            while ((text = in.readLine()) != null) {
                number++;
                if (trailer != null) {
                    throw new BackupRefused("Line " + number + " follows the trailer: the file was altered.");
                }
                Document line = parse(text, number);
                String kind = line.getString(KIND);
                if (EVENT.equals(kind)) {
                    events++;
                    chained += line.get("ledger") == null ? 0 : 1;
                } else if (USER.equals(kind)) {
                    users++;
                } else if (TRAILER.equals(kind)) {
                    trailer = line;
                } else {
                    throw new BackupRefused("Line " + number + " is of an unknown kind: " + kind + ".");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + file, e);
        }
        if (trailer == null) {
            throw new BackupRefused("The backup has no trailer: it was cut short. Nothing was restored.");
        }
        if (trailer.get("events", Number.class).longValue() != events
                || trailer.get("users", Number.class).longValue() != users) {
            throw new BackupRefused("The backup holds " + events + " events and " + users + " users, but its trailer says "
                    + trailer.get("events") + " and " + trailer.get("users") + ". Nothing was restored.");
        }
        return new BackupSummary(events, chained, users);
    }

    private void requireEmpty() {
        if (store.getCollection(EVENTS_COLLECTION).countDocuments() > 0
                || store.getCollection(LEDGER_COLLECTION).countDocuments() > 0) {
            throw new BackupRefused("The target store already holds events; a backup is restored only into an"
                    + " empty store. Nothing was restored.");
        }
    }

    private static Document parse(String text, long number) {
        try {
            return Document.parse(text);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new BackupRefused("Line " + number + " of the backup is not readable JSON. Nothing was restored.");
        }
    }

    private static void addIfPresent(List<Document> batch, Document document) {
        if (document != null) {
            batch.add(document);
        }
    }

    private static void insert(MongoCollection<Document> collection, List<Document> batch) {
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
            batch.clear();
        }
    }
}
