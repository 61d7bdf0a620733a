package vn.foreignaffairs.registry.audit.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * One stored event reduced to the fields the ledger hashes, each as text, in a fixed order.
 * The canonical bytes are, for each field in the order of the record components: its length in
 * UTF-8 bytes as a 4-byte big-endian integer, then those bytes; an absent field is the length
 * -1 (FF FF FF FF) and no bytes. Values are taken as stored: strings as they are (the payload
 * and metadata are the JSON texts the serializer wrote), the sequence number in decimal, a date
 * as an ISO-8601 instant, an embedded document as JSON with its keys sorted. So anyone holding
 * an export can recompute the hashes (docs/architecture.md, "Audit ledger").
 */
public record CanonicalEvent(String eventId, String aggregateType, String aggregateId, String sequence,
                             String timestamp, String payloadType, String payloadRevision,
                             String payload, String metadata) {

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    /** Reads the fields from a raw document of the event store's {@code domainevents} collection. */
    public static CanonicalEvent fromStored(Document stored) {
        return new CanonicalEvent(
                text(stored.get(StoredEvents.EVENT_ID)),
                text(stored.get(StoredEvents.AGGREGATE_TYPE)),
                text(stored.get(StoredEvents.AGGREGATE_ID)),
                text(stored.get(StoredEvents.SEQUENCE)),
                text(stored.get(StoredEvents.TIMESTAMP)),
                text(stored.get(StoredEvents.PAYLOAD_TYPE)),
                text(stored.get(StoredEvents.PAYLOAD_REVISION)),
                text(stored.get(StoredEvents.PAYLOAD)),
                text(stored.get(StoredEvents.METADATA)));
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(payload) + length(metadata));
        for (String field : Arrays.asList(eventId, aggregateType, aggregateId, sequence, timestamp, payloadType,
                payloadRevision, payload, metadata)) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
                out.writeBytes(utf8);
            }
        }
        return out.toByteArray();
    }

    /** The event's time as an instant, or null when the stored timestamp is missing or unreadable. */
    public Instant instant() {
        return instantOf(timestamp);
    }

    static Instant instantOf(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The simple name of the payload's class, as the ledger and the audit search call the event's type. */
    public String eventType() {
        if (payloadType == null) {
            return null;
        }
        String simple = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return simple.substring(simple.lastIndexOf('$') + 1);
    }

    public long sequenceNumber() {
        try {
            return sequence == null ? -1 : Long.parseLong(sequence);
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length() * 2;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof Document document) {
            return sorted(document).toJson(JSON);
        }
        if (value instanceof Map<?, ?> map) {
            return sorted(new Document(stringKeys(map))).toJson(JSON);
        }
        return String.valueOf(value);
    }

    private static Document sorted(Document document) {
        Document sorted = new Document();
        new TreeMap<>(document).forEach((key, value) -> sorted.append(key, sortedValue(value)));
        return sorted;
    }

    private static Object sortedValue(Object value) {
        if (value instanceof Document document) {
            return sorted(document);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(sortedValue(item)));
            return copy;
        }
        return value;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }
}
