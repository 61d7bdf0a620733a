package vn.foreignaffairs.registry.audit.history;

import java.time.Instant;
import java.util.List;

/**
 * Who did what to one record, when, in which role and why: every event of the record in order.
 * {@code summary} is the description in the language asked for; {@code description} has both.
 */
public record RecordHistoryView(String type, String id, long version, String language, List<Entry> events) {

    public record Entry(long sequence, long version, Instant at, String eventType, String actor, String role,
                        String agency, String reason, String requestId, String correlationId,
                        Description description, String summary) {
    }

    public record Description(String vi, String en) {
    }
}
