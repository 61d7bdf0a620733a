package vn.foreignaffairs.registry.storage.backup;

import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The backup file: JSON lines in MongoDB Extended JSON, so every stored value (dates, longs,
 * ids) comes back with its type. A header line, then one line per event in ledger order with its
 * ledger entry (position and chain hashes) when it has one, then one line per user, then a
 * trailer with the counts, so a truncated file is refused.
 */
final class BackupFormat {

    static final String FORMAT = "foreign-affairs-registry-backup";
    static final int VERSION = 1;

    static final String KIND = "kind";
    static final String HEADER = "header";
    static final String EVENT = "event";
    static final String USER = "user";
    static final String TRAILER = "trailer";

    static final String EVENTS_COLLECTION = "domainevents";
    static final String LEDGER_COLLECTION = "audit_ledger";
    static final String USERS_COLLECTION = "users";

    static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private BackupFormat() {
    }
}
