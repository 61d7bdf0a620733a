package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * A log of several of the verifier's batches (500 entries each), built directly in a store of its
 * own: breaks in the second and third batch, and across the boundary of two, are found at their
 * exact positions, and an intact log verifies to its last entry.
 */
class LedgerVerifierBatchesTest {

    private static final int EVENTS = 3 * LedgerVerifier.BATCH - 266;
    private static final Instant FIRST = Instant.parse("2027-01-01T00:00:00.007Z");

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> events;
    private MongoCollection<Document> ledger;
    private LedgerStore store;
    private String lastHash;

    @BeforeEach
    void storeALongLog() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        MongoDatabase database = client.getDatabase("registry");
        events = database.getCollection(StoredEvents.COLLECTION);
        ledger = database.getCollection(LedgerEntries.COLLECTION);
        store = LedgerStore.of(database);
        LedgerHead head = LedgerHead.empty();
        List<Document> stored = new ArrayList<>();
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            Document event = event("record-" + (i % 7), i / 7, FIRST.plusSeconds(i), "event " + i);
            stored.add(event);
            Document entry = LedgerProjector.entry(head, CanonicalEvent.fromStored(event));
            entries.add(entry);
            head = new LedgerHead(head.position() + 1, entry.getString(LedgerEntries.HASH), null);
        }
        events.insertMany(stored);
        ledger.insertMany(entries);
        lastHash = head.hash();
    }

    @AfterEach
    void stopTheServer() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anIntactLogOfSeveralBatchesVerifiesToItsLastEntry() {
        LedgerVerification result = verify();

        assertThat(result.ok()).as(result.explanation()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(EVENTS);
        assertThat(result.head().position()).isEqualTo(EVENTS);
        assertThat(result.head().hash()).isEqualTo(lastHash);
    }

    @Test
    void aChangedEventInTheSecondBatchIsFoundAtItsPosition() {
        long position = LedgerVerifier.BATCH + 277;
        events.updateOne(eq(StoredEvents.EVENT_ID, eventIdAt(position)), set(StoredEvents.PAYLOAD, "{\"text\":\"edited\"}"));

        LedgerVerification result = verify();

        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(BreakKind.CHANGED);
        assertThat(result.firstBreak().position()).isEqualTo(position);
        assertThat(result.head().position()).isEqualTo(position - 1);
    }

    @Test
    void aRemovedEntryInTheThirdBatchIsMissingAtItsPosition() {
        long position = 2L * LedgerVerifier.BATCH + 100;
        ledger.deleteOne(eq(LedgerEntries.POSITION, position));

        LedgerVerification result = verify();

        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(BreakKind.MISSING);
        assertThat(result.firstBreak().position()).isEqualTo(position);
        assertThat(result.checkedEntries()).isEqualTo(position - 1);
    }

    @Test
    void entriesSwappedAcrossTwoBatchesAreReordered() {
        long last = LedgerVerifier.BATCH;
        Document end = ledger.find(eq(LedgerEntries.POSITION, last)).first();
        Document start = ledger.find(eq(LedgerEntries.POSITION, last + 1)).first();
        ledger.deleteOne(eq(LedgerEntries.POSITION, last));
        ledger.deleteOne(eq(LedgerEntries.POSITION, last + 1));
        ledger.insertOne(new Document(start).append(LedgerEntries.POSITION, last));
        ledger.insertOne(new Document(end).append(LedgerEntries.POSITION, last + 1));

        LedgerVerification result = verify();

        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(BreakKind.REORDERED);
        assertThat(result.firstBreak().position()).isEqualTo(last);
    }

    @Test
    void anUnchainedEventStoredLastIsFoundWhereItStandsByTime() {
        long position = 2L * LedgerVerifier.BATCH + 50;
        Instant between = FIRST.plusSeconds(position - 1).minusMillis(500);
        events.insertOne(event("forged-record", 0, between, "never chained"));

        LedgerVerification result = verify();

        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(BreakKind.INSERTED);
        assertThat(result.firstBreak().position()).isEqualTo(position);
        assertThat(result.firstBreak().recordId()).isEqualTo("forged-record");
        assertThat(result.unchainedCount()).isEqualTo(1);
        assertThat(result.checkedEntries()).as("the chain itself holds").isEqualTo(EVENTS);
    }

    @ParameterizedTest(name = "{0} given as {1}")
    @MethodSource("fieldsOfAnotherType")
    void anEntryWhoseFieldHoldsAnotherTypeIsReportedAsAlteredNotAFailure(String field, Object value) {
        long position = LedgerVerifier.BATCH + 33;
        ledger.updateOne(eq(LedgerEntries.POSITION, position), set(field, value));

        LedgerVerification result = verify();

        assertThat(result.firstBreak()).as(result.explanation()).isNotNull();
        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(BreakKind.CHANGED);
        assertThat(result.firstBreak().position()).isEqualTo(position);
        assertThat(result.checkedEntries()).isEqualTo(position - 1);
    }

    static Stream<Arguments> fieldsOfAnotherType() {
        return Stream.of(
                Arguments.of(LedgerEntries.EVENT_ID, 42),
                Arguments.of(LedgerEntries.HASH, 42L),
                Arguments.of(LedgerEntries.PREVIOUS_HASH, new Document("hash", "x")),
                Arguments.of(LedgerEntries.RECORD_TYPE, 7),
                Arguments.of(LedgerEntries.RECORD_ID, List.of("record-1")),
                Arguments.of(LedgerEntries.SEQUENCE, "three"),
                Arguments.of(LedgerEntries.TIMESTAMP, "yesterday"),
                Arguments.of(LedgerEntries.ACTOR, 1.5));
    }

    @Test
    void anEntryAddedAfterTheLastWithAPositionThatIsNoNumberIsInserted() {
        Document last = ledger.find(eq(LedgerEntries.POSITION, (long) EVENTS)).first();
        ledger.insertOne(new Document(last).append(LedgerEntries.POSITION, "next"));

        LedgerVerification result = verify();

        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(BreakKind.INSERTED);
        assertThat(result.firstBreak().position()).isEqualTo(EVENTS + 1L);
        assertThat(result.explanation()).contains("\"next\"");
        assertThat(result.checkedEntries()).isEqualTo(EVENTS);
    }

    private LedgerVerification verify() {
        return new LedgerVerifier(store, Duration.ZERO).verify();
    }

    private String eventIdAt(long position) {
        return ledger.find(eq(LedgerEntries.POSITION, position)).first().getString(LedgerEntries.EVENT_ID);
    }

    /** A raw event document as axon-mongo stores one. */
    private static Document event(String recordId, long sequence, Instant at, String text) {
        return new Document(StoredEvents.EVENT_ID, java.util.UUID.randomUUID().toString())
                .append(StoredEvents.AGGREGATE_TYPE, "Conference")
                .append(StoredEvents.AGGREGATE_ID, recordId)
                .append(StoredEvents.SEQUENCE, sequence)
                .append(StoredEvents.TIMESTAMP, at.toString())
                .append(StoredEvents.PAYLOAD_TYPE, "vn.foreignaffairs.registry.api.conference.ConferenceApplied")
                .append(StoredEvents.PAYLOAD_REVISION, null)
                .append(StoredEvents.PAYLOAD, "{\"text\":\"" + text + "\"}")
                .append(StoredEvents.METADATA, "{\"actor\":\"officer\",\"role\":\"OFFICER\",\"agency\":\"SKHDT\"}");
    }
}
