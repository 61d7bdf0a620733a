package vn.foreignaffairs.registry.audit.history;

import java.util.List;
import java.util.Locale;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.calendar.CalendarId;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.audit.RecordTypes;

/**
 * The events of one record, read from the event store itself (never from a read model), in the
 * order they were appended.
 */
@Component
public class RecordEvents {

    private final EventStore eventStore;

    public RecordEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Every event of the record of a URL's type and id.
     *
     * @throws RuleViolation {@code RECORD_TYPE_UNKNOWN} or {@code RECORD_NOT_FOUND}
     */
    public List<? extends DomainEventMessage<?>> of(String recordType, String id) {
        String aggregateType = RecordTypes.aggregateType(recordType).orElseThrow(() -> new RuleViolation(
                RefusalCode.RECORD_TYPE_UNKNOWN, "No record type '" + recordType + "'; known types: "
                        + String.join(", ", RecordTypes.all().keySet().stream().sorted().toList()) + "."));
        List<? extends DomainEventMessage<?>> events = of(aggregateId(recordType, id)).stream()
                .filter(event -> aggregateType.equals(event.getType()))
                .toList();
        if (events.isEmpty()) {
            throw new RuleViolation(RefusalCode.RECORD_NOT_FOUND, "No " + recordType + " with id '" + id + "'.");
        }
        return events;
    }

    /** Every event of an aggregate, from its first, ignoring snapshots. */
    public List<? extends DomainEventMessage<?>> of(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }

    /** A calendar is named by its country in URLs; every other record by its own id. */
    private static String aggregateId(String recordType, String id) {
        if ("calendar".equals(recordType) && !id.contains("@")) {
            return CalendarId.of(id.toUpperCase(Locale.ROOT)).value();
        }
        return id;
    }
}
