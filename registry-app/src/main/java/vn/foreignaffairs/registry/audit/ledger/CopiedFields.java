package vn.foreignaffairs.registry.audit.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import vn.foreignaffairs.registry.api.common.AuditMetadata;

/**
 * What a ledger entry copies from its event so that audit search and exports can filter and show
 * it: derived from the stored event alone (its fields and the metadata's JSON text), so that
 * verification derives them again and finds a copy edited in {@code audit_ledger}.
 */
record CopiedFields(String recordType, String recordId, Long sequence, String eventType, Date timestamp,
                    String actor, String role, String agency, String reason, String requestId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CopiedFields of(CanonicalEvent event) {
        JsonNode metadata = metadata(event.metadata());
        Instant at = event.instant();
        return new CopiedFields(event.aggregateType(), event.aggregateId(), event.sequenceNumber(), event.eventType(),
                at == null ? null : Date.from(at),
                text(metadata, AuditMetadata.ACTOR), text(metadata, AuditMetadata.ROLE),
                text(metadata, AuditMetadata.AGENCY), text(metadata, AuditMetadata.REASON),
                text(metadata, AuditMetadata.REQUEST_ID));
    }

    /** The copies as an entry holds them. */
    static CopiedFields of(Document entry) {
        Object sequence = entry.get(LedgerEntries.SEQUENCE);
        Object timestamp = entry.get(LedgerEntries.TIMESTAMP);
        return new CopiedFields(string(entry, LedgerEntries.RECORD_TYPE), string(entry, LedgerEntries.RECORD_ID),
                sequence instanceof Number number ? number.longValue() : null, string(entry, LedgerEntries.EVENT_TYPE),
                timestamp instanceof Date date ? date : null,
                string(entry, LedgerEntries.ACTOR), string(entry, LedgerEntries.ROLE), string(entry, LedgerEntries.AGENCY),
                string(entry, LedgerEntries.REASON), string(entry, LedgerEntries.REQUEST_ID));
    }

    Document appendTo(Document entry) {
        return entry.append(LedgerEntries.RECORD_TYPE, recordType)
                .append(LedgerEntries.RECORD_ID, recordId)
                .append(LedgerEntries.SEQUENCE, sequence)
                .append(LedgerEntries.EVENT_TYPE, eventType)
                .append(LedgerEntries.TIMESTAMP, timestamp)
                .append(LedgerEntries.ACTOR, actor)
                .append(LedgerEntries.ROLE, role)
                .append(LedgerEntries.AGENCY, agency)
                .append(LedgerEntries.REASON, reason)
                .append(LedgerEntries.REQUEST_ID, requestId);
    }

    /** The entry's field names whose copies differ from {@code expected}'s, in the entry's order. */
    List<String> differencesFrom(CopiedFields expected) {
        List<String> differ = new ArrayList<>();
        compare(differ, LedgerEntries.RECORD_TYPE, recordType, expected.recordType);
        compare(differ, LedgerEntries.RECORD_ID, recordId, expected.recordId);
        compare(differ, LedgerEntries.SEQUENCE, sequence, expected.sequence);
        compare(differ, LedgerEntries.EVENT_TYPE, eventType, expected.eventType);
        compare(differ, LedgerEntries.TIMESTAMP, timestamp, expected.timestamp);
        compare(differ, LedgerEntries.ACTOR, actor, expected.actor);
        compare(differ, LedgerEntries.ROLE, role, expected.role);
        compare(differ, LedgerEntries.AGENCY, agency, expected.agency);
        compare(differ, LedgerEntries.REASON, reason, expected.reason);
        compare(differ, LedgerEntries.REQUEST_ID, requestId, expected.requestId);
        return differ;
    }

    private static void compare(List<String> differ, String field, Object copy, Object stored) {
        if (!Objects.equals(copy, stored)) {
            differ.add(field);
        }
    }

    /** The metadata's JSON text; an unreadable one has no values (its hash breaks anyway). */
    private static JsonNode metadata(String text) {
        if (text == null) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException unreadable) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String string(Document entry, String field) {
        Object value = entry.get(field);
        return value == null ? null : value.toString();
    }
}
