package vn.foreignaffairs.registry.storage.backup;

/** What a backup wrote or a restore read: events (of which chained by the ledger) and users. */
public record BackupSummary(long events, long chained, long users) {
}
