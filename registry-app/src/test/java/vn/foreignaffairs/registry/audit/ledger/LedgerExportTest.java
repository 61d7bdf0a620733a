package vn.foreignaffairs.registry.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Exports of a record's history and of an audit search, and their round trip: every exported hash
 * recomputes from the exported fields with nothing but SHA-256 and the documented encoding.
 */
class LedgerExportTest extends RegistryIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANONICAL = List.of("eventId", "recordType", "recordId", "sequence", "timestamp",
            "payloadType", "payloadRevision", "payload", "metadata");

    @Autowired
    MongoDatabase live;

    @Test
    void aRecordsHistoryAsJsonLinesRecomputesOutsideTheRegistry() throws Exception {
        String id = createApproved("officer").id();
        LedgerCopies.awaitLedgerCaughtUp(live);

        Api.Response export = api.get("inspector", "/api/v1/audit/records/delegation/" + id + "/export?format=jsonl");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(export.header("Content-Disposition")).contains("attachment");
        String[] lines = export.raw().body().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(3);
        long sequence = 0;
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            assertThat(row.path("recordId").asText()).isEqualTo(id);
            assertThat(row.path("recordType").asText()).isEqualTo("Delegation");
            assertThat(row.path("sequence").asText()).isEqualTo(String.valueOf(sequence++));
            assertThat(JSON.readTree(row.path("payload").asText()).isObject()).isTrue();
            assertThat(JSON.readTree(row.path("metadata").asText()).path("actor").asText()).isNotBlank();
            assertThat(recompute(row.path("previousHash").asText(), text(row)))
                    .as("hash of event %s", row.path("sequence").asText()).isEqualTo(row.path("hash").asText());
        }
        assertThat(JSON.readTree(lines[0]).path("eventType").asText()).isEqualTo("DelegationDrafted");
    }

    @Test
    void aSearchAsCsvCarriesAByteOrderMarkDiacriticsAndRecomputableHashes() throws Exception {
        String id = createDraft("officer").id();
        Api.Response cancelled = api.post("officer", "/api/v1/delegations/" + id + "/cancel",
                Map.of("reason", "Đổi kế hoạch: đoàn không đi nữa"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        LedgerCopies.awaitLedgerCaughtUp(live);

        Api.Response export = api.get("admin", "/api/v1/audit/events/export?format=csv&recordType=delegation&actor=officer"
                + "&eventType=DelegationCancelled");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        String body = export.raw().body();
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setQuoteMode(QuoteMode.ALL_NON_NULL).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("recordId").equals(id)).findFirst().orElseThrow();
        assertThat(row.get("reason")).isEqualTo("Đổi kế hoạch: đoàn không đi nữa");
        assertThat(row.get("payload")).contains("Đổi kế hoạch");
        long previous = 0;
        for (CSVRecord each : rows) {
            assertThat(Long.parseLong(each.get("position"))).as("chain order").isGreaterThan(previous);
            previous = Long.parseLong(each.get("position"));
            assertThat(recompute(each.get("previousHash"), csvFields(each)))
                    .as("hash of position %s", each.get("position")).isEqualTo(each.get("hash"));
        }
    }

    @Test
    void consecutiveRowsOfAnExportAreLinkedAndEachRecomputes() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        createApproved("officer");
        createSubmitted("officer2");
        LedgerCopies.awaitLedgerCaughtUp(live);

        Api.Response csv = api.get("inspector", "/api/v1/audit/events/export?format=csv&from=" + from);
        Api.Response jsonl = api.get("inspector", "/api/v1/audit/events/export?format=jsonl&from=" + from);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(jsonl.status()).as(jsonl.toString()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setQuoteMode(QuoteMode.ALL_NON_NULL).get()
                .parse(new StringReader(csv.raw().body().substring(1))).getRecords();
        String[] lines = jsonl.raw().body().split("\n");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5).hasSize(lines.length);
        for (int n = 0; n < rows.size(); n++) {
            CSVRecord row = rows.get(n);
            JsonNode line = JSON.readTree(lines[n]);
            assertThat(recompute(row.get("previousHash"), csvFields(row))).as("CSV row %d", n).isEqualTo(row.get("hash"));
            assertThat(recompute(line.path("previousHash").asText(), text(line))).as("line %d", n)
                    .isEqualTo(line.path("hash").asText());
            assertThat(line.path("hash").asText()).as("both forms carry the same chain").isEqualTo(row.get("hash"));
            if (n > 0) {
                CSVRecord before = rows.get(n - 1);
                assertThat(Long.parseLong(row.get("position"))).as("consecutive positions")
                        .isEqualTo(Long.parseLong(before.get("position")) + 1);
                assertThat(row.get("previousHash")).as("row %d follows row %d", n, n - 1).isEqualTo(before.get("hash"));
            }
        }
        assertThat(rows.get(rows.size() - 1).get("hash")).as("the last row is the head")
                .isEqualTo(api.get("inspector", "/api/v1/audit/ledger/head").body().path("hash").asText());
    }

    private static String[] csvFields(CSVRecord row) {
        // an absent value is an empty unquoted cell, which the parser reads as null under ALL_NON_NULL
        return CANONICAL.stream().map(row::get).toArray(String[]::new);
    }

    @Test
    void exportsAreForInspectorsAndAdministratorsAndRefuseBadInput() {
        String id = createDraft("officer").id();
        LedgerCopies.awaitLedgerCaughtUp(live);
        String path = "/api/v1/audit/records/delegation/" + id + "/export?format=csv";

        assertThat(api.get("inspector", path).status()).isEqualTo(200);
        for (String user : new String[] {"officer", "reviewer", "leader"}) {
            assertThat(api.get(user, path).status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/audit/events/export?format=csv").status()).as(user).isEqualTo(403);
        }
        assertThat(api.get(null, path).status()).isEqualTo(401);

        Api.Response badFormat = api.get("inspector", "/api/v1/audit/records/delegation/" + id + "/export?format=xml");
        assertThat(badFormat.status()).as(badFormat.toString()).isEqualTo(400);
        assertThat(badFormat.body().path("errors").path(0).path("field").asText()).as(badFormat.toString()).isEqualTo("format");
        assertThat(api.get("inspector", "/api/v1/audit/records/spaceship/" + id + "/export").status()).isEqualTo(404);
        assertThat(api.get("inspector", "/api/v1/audit/records/delegation/no-such-record/export").status())
                .isEqualTo(404);
        Api.Response badSearch = api.get("inspector", "/api/v1/audit/events/export?format=jsonl&recordType=x");
        assertThat(badSearch.status()).isEqualTo(400);
        assertThat(badSearch.body().path("errors").path(0).path("field").asText()).as(badSearch.toString()).isEqualTo("recordType");
    }

    private static String[] text(JsonNode row) {
        return CANONICAL.stream().map(field -> row.path(field).isNull() ? null : row.path(field).asText())
                .toArray(String[]::new);
    }

    /** The documented encoding, written again here: SHA-256(previous hash bytes, then each field length-prefixed). */
    private static String recompute(String previousHash, String... fields) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HexFormat.of().parseHex(previousHash));
        for (String field : fields) {
            if (field == null) {
                bytes.write(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                bytes.write(ByteBuffer.allocate(4).putInt(utf8.length).array());
                bytes.write(utf8);
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }
}
