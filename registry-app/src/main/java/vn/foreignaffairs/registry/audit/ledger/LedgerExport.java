package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Writes ledger entries with their events as CSV or JSON lines, streaming in batches. Each row
 * carries the event's canonical fields exactly as stored (the payload and metadata as the JSON texts
 * in the event store), so that its {@code hash} recomputes from {@code previousHash} and the row
 * alone (docs/architecture.md, "Audit ledger").
 */
@Component
public class LedgerExport {

    /** The columns, in order; also the keys of each JSON line. */
    public static final List<String> COLUMNS = List.of("position", "eventId", "recordType", "recordId", "sequence",
            "timestamp", "payloadType", "payloadRevision", "eventType", "actor", "role", "agency", "reason",
            "requestId", "payload", "metadata", "previousHash", "hash");

    private static final ObjectMapper JSON = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Every present value quoted, an absent one an empty unquoted cell: so absent and empty text differ. */
    public static final CSVFormat CSV_FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private final LedgerStore store;

    public LedgerExport(LedgerStore store) {
        this.store = store;
    }

    /** Writes every entry the query matches, in chain order (or by sequence for one record). */
    public void write(AuditQuery query, ExportFormat format, OutputStream out) throws IOException {
        Bson order = query.recordId() != null
                ? Sorts.ascending(LedgerEntries.SEQUENCE, LedgerEntries.POSITION)
                : Sorts.ascending(LedgerEntries.POSITION);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = null;
        if (format == ExportFormat.CSV) {
            // The byte order mark makes Excel read the file as UTF-8 and show Vietnamese diacritics.
            writer.write(BYTE_ORDER_MARK);
            csv = new CSVPrinter(writer, CSV_FORMAT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        }
        try (MongoCursor<Document> entries = store.ledger().find(query.filter()).sort(order)
                .batchSize(LedgerVerifier.BATCH).iterator()) {
            while (entries.hasNext()) {
                List<Document> batch = new ArrayList<>(LedgerVerifier.BATCH);
                while (batch.size() < LedgerVerifier.BATCH && entries.hasNext()) {
                    batch.add(entries.next());
                }
                Map<String, CanonicalEvent> events = events(batch);
                for (Document entry : batch) {
                    Map<String, Object> row = row(entry, events.get(entry.getString(LedgerEntries.EVENT_ID)));
                    if (csv != null) {
                        csv.printRecord(row.values());
                    } else {
                        writer.write(JSON.writeValueAsString(row));
                        writer.write('\n');
                    }
                }
            }
        }
        writer.flush();
    }

    private Map<String, CanonicalEvent> events(List<Document> batch) {
        List<String> ids = new ArrayList<>(batch.size());
        batch.forEach(entry -> ids.add(entry.getString(LedgerEntries.EVENT_ID)));
        Map<String, CanonicalEvent> events = new HashMap<>();
        store.events().find(in(StoredEvents.EVENT_ID, ids))
                .forEach(stored -> events.putIfAbsent(stored.getString(StoredEvents.EVENT_ID), CanonicalEvent.fromStored(stored)));
        return events;
    }

    /**
     * The canonical fields come from the stored event; when it is gone from the store, the row keeps
     * what the ledger recorded and leaves the rest empty (its hash will then not recompute).
     */
    private static Map<String, Object> row(Document entry, CanonicalEvent event) {
        Date time = entry.getDate(LedgerEntries.TIMESTAMP);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("position", entry.get(LedgerEntries.POSITION));
        row.put("eventId", entry.getString(LedgerEntries.EVENT_ID));
        row.put("recordType", event != null ? event.aggregateType() : entry.getString(LedgerEntries.RECORD_TYPE));
        row.put("recordId", event != null ? event.aggregateId() : entry.getString(LedgerEntries.RECORD_ID));
        row.put("sequence", event != null ? event.sequence() : String.valueOf(entry.get(LedgerEntries.SEQUENCE)));
        row.put("timestamp", event != null ? event.timestamp() : time == null ? null : time.toInstant().toString());
        row.put("payloadType", event != null ? event.payloadType() : null);
        row.put("payloadRevision", event != null ? event.payloadRevision() : null);
        row.put("eventType", entry.getString(LedgerEntries.EVENT_TYPE));
        row.put("actor", entry.getString(LedgerEntries.ACTOR));
        row.put("role", entry.getString(LedgerEntries.ROLE));
        row.put("agency", entry.getString(LedgerEntries.AGENCY));
        row.put("reason", entry.getString(LedgerEntries.REASON));
        row.put("requestId", entry.getString(LedgerEntries.REQUEST_ID));
        row.put("payload", event != null ? event.payload() : null);
        row.put("metadata", event != null ? event.metadata() : null);
        row.put("previousHash", entry.getString(LedgerEntries.PREVIOUS_HASH));
        row.put("hash", entry.getString(LedgerEntries.HASH));
        return row;
    }
}
