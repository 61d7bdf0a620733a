package vn.foreignaffairs.registry.audit.ledger;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import vn.foreignaffairs.registry.audit.RecordTypes;

/** One event as the audit search shows it: where it stands in the chain, what happened, who did it and why. */
public record AuditEventView(long position, Instant time, String recordType, String recordId, Long sequence,
                             String eventType, String actor, String role, String agency, String reason,
                             String requestId, String hash) {

    static AuditEventView of(Document entry) {
        Date time = entry.getDate(LedgerEntries.TIMESTAMP);
        return new AuditEventView(((Number) entry.get(LedgerEntries.POSITION)).longValue(),
                time == null ? null : time.toInstant(),
                RecordTypes.name(entry.getString(LedgerEntries.RECORD_TYPE)),
                entry.getString(LedgerEntries.RECORD_ID),
                entry.get(LedgerEntries.SEQUENCE) instanceof Number n ? n.longValue() : null,
                entry.getString(LedgerEntries.EVENT_TYPE),
                entry.getString(LedgerEntries.ACTOR),
                entry.getString(LedgerEntries.ROLE),
                entry.getString(LedgerEntries.AGENCY),
                entry.getString(LedgerEntries.REASON),
                entry.getString(LedgerEntries.REQUEST_ID),
                entry.getString(LedgerEntries.HASH));
    }
}
