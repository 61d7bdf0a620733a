package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.audit.ledger.LedgerCopies.positionOf;
import static vn.foreignaffairs.registry.audit.ledger.LedgerCopies.storedEvent;
import static vn.foreignaffairs.registry.audit.ledger.LedgerCopies.verify;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * Tampering with the event store (and the ledger) directly through the driver, on copies of the
 * live collections: verification must name the exact position and kind of the first break.
 */
class LedgerTamperTest extends CopiedStoreTest {

    @Test
    void anUntouchedStoreVerifies() {
        LedgerVerification result = verify(copy);

        assertThat(result.ok()).as(result.explanation()).isTrue();
        assertThat(result.firstBreak()).isNull();
        assertThat(result.head().position()).isEqualTo(ledger.countDocuments());
        assertThat(result.head().hash()).isEqualTo(MongoAuditLedger.headOf(LedgerStore.of(copy)).hash());
        assertThat(result.unchainedCount()).isZero();
    }

    @Test
    void anEditedPayloadIsAChangeAtItsPosition() {
        Document created = storedEvent(copy, delegation, 0);
        String payload = created.getString(StoredEvents.PAYLOAD);
        events.updateOne(eq("_id", created.get("_id")), set(StoredEvents.PAYLOAD,
                payload.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"Chuyến đi khác\"")));
        assertThat(storedEvent(copy, delegation, 0).getString(StoredEvents.PAYLOAD)).isNotEqualTo(payload);

        assertBreak(verify(copy), positionOf(copy, created.getString(StoredEvents.EVENT_ID)), BreakKind.CHANGED);
    }

    @Test
    void editedMetadataIsAChangeAtItsPosition() {
        Document submitted = storedEvent(copy, delegation, 1);
        Document metadata = Document.parse(submitted.getString(StoredEvents.METADATA));
        assertThat(metadata.getString("actor")).isEqualTo("officer");
        events.updateOne(eq("_id", submitted.get("_id")),
                set(StoredEvents.METADATA, metadata.append("actor", "officer2").toJson()));

        assertBreak(verify(copy), positionOf(copy, submitted.getString(StoredEvents.EVENT_ID)), BreakKind.CHANGED);
    }

    @Test
    void aDeletedEventIsMissingAtItsPosition() {
        Document submitted = storedEvent(copy, delegation, 1);
        events.deleteOne(eq("_id", submitted.get("_id")));

        LedgerVerification result = verify(copy);

        assertBreak(result, positionOf(copy, submitted.getString(StoredEvents.EVENT_ID)), BreakKind.MISSING);
        assertThat(result.firstBreak().eventId()).isEqualTo(submitted.getString(StoredEvents.EVENT_ID));
    }

    @Test
    void anInsertedEventIsReportedWhereItStandsByTime() {
        Document submitted = storedEvent(copy, delegation, 1);
        Document forged = new Document(submitted);
        forged.remove("_id");
        String forgedId = UUID.randomUUID().toString();
        forged.put(StoredEvents.EVENT_ID, forgedId);
        forged.put(StoredEvents.AGGREGATE_ID, "forged-" + forgedId);
        forged.put(StoredEvents.SEQUENCE, 0L);
        events.insertOne(forged);
        Instant forgedAt = Instant.parse(submitted.getString(StoredEvents.TIMESTAMP));
        long expected = ((Number) ledger.find(gte(LedgerEntries.TIMESTAMP, Date.from(forgedAt)))
                .sort(Sorts.ascending("_id")).first().get("_id")).longValue();
        assertThat(expected).isLessThanOrEqualTo(positionOf(copy, submitted.getString(StoredEvents.EVENT_ID)));

        LedgerVerification result = verify(copy);

        assertBreak(result, expected, BreakKind.INSERTED);
        assertThat(result.firstBreak().eventId()).isEqualTo(forgedId);
        assertThat(result.unchainedCount()).isEqualTo(1);
        assertThat(result.unchained()).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(forgedId);
            assertThat(event.position()).isEqualTo(expected);
        });
    }

    @Test
    void twoSwappedEventsAreReorderedAtTheFirstOfThem() {
        Document created = storedEvent(copy, delegation, 0);
        Document submitted = storedEvent(copy, delegation, 1);
        events.replaceOne(eq("_id", created.get("_id")), swapped(submitted, created));
        events.replaceOne(eq("_id", submitted.get("_id")), swapped(created, submitted));

        assertBreak(verify(copy), positionOf(copy, created.getString(StoredEvents.EVENT_ID)), BreakKind.REORDERED);
    }

    @Test
    void twoSwappedLedgerEntriesAreReordered() {
        long first = positionOf(copy, storedEvent(copy, delegation, 0).getString(StoredEvents.EVENT_ID));
        Document a = ledger.find(eq("_id", first)).first();
        Document b = ledger.find(eq("_id", first + 1)).first();
        ledger.deleteMany(gte("_id", first));
        // the swapped pair first, so that the unique index on event ids is never violated on the way
        ledger.insertOne(withPosition(b, first));
        ledger.insertOne(withPosition(a, first + 1));
        MongoCollection<Document> liveLedger = live.getCollection(LedgerEntries.COLLECTION);
        liveLedger.find(gte("_id", first + 2)).forEach(ledger::insertOne);

        assertBreak(verify(copy), first, BreakKind.REORDERED);
    }

    @Test
    void aRemovedLedgerEntryIsMissing() {
        long position = positionOf(copy, storedEvent(copy, delegation, 1).getString(StoredEvents.EVENT_ID));
        ledger.deleteOne(eq("_id", position));

        assertBreak(verify(copy), position, BreakKind.MISSING);
    }

    @Test
    void anEntryInsertedIntoTheLedgerIsNamedAtItsPosition() {
        long position = positionOf(copy, storedEvent(copy, delegation, 1).getString(StoredEvents.EVENT_ID));
        Document previous = ledger.find(eq("_id", position - 1)).first();
        Document forgedEvent = new Document(storedEvent(copy, delegation, 1));
        forgedEvent.remove("_id");
        String forgedId = UUID.randomUUID().toString();
        forgedEvent.put(StoredEvents.EVENT_ID, forgedId);
        forgedEvent.put(StoredEvents.AGGREGATE_ID, "forged-" + forgedId);
        events.insertOne(forgedEvent);
        List<Document> later = ledger.find(gte("_id", position)).sort(Sorts.descending("_id")).into(new ArrayList<>());
        ledger.deleteMany(gte("_id", position));
        later.forEach(entry -> ledger.insertOne(withPosition(entry, entry.getLong("_id") + 1)));
        // a careful forger: the inserted entry itself chains correctly from its predecessor, its copies right
        ledger.insertOne(LedgerProjector.entry(new LedgerHead(position - 1, previous.getString(LedgerEntries.HASH), null),
                CanonicalEvent.fromStored(forgedEvent)));

        assertBreak(verify(copy), position, BreakKind.INSERTED);
    }

    @Test
    void anEditedCopyInTheLedgerIsAChangeNamingTheField() {
        long position = positionOf(copy, storedEvent(copy, delegation, 1).getString(StoredEvents.EVENT_ID));
        Document original = ledger.find(eq("_id", position)).first();
        Map<String, Object> edits = new LinkedHashMap<>();
        edits.put(LedgerEntries.ACTOR, "officer2");
        edits.put(LedgerEntries.ROLE, "LEADERSHIP");
        edits.put(LedgerEntries.AGENCY, "SCT");
        edits.put(LedgerEntries.REASON, "Lý do bịa thêm");
        edits.put(LedgerEntries.REQUEST_ID, "forged-request");
        edits.put(LedgerEntries.EVENT_TYPE, "DelegationApproved");
        edits.put(LedgerEntries.TIMESTAMP, Date.from(Instant.parse("2020-01-01T00:00:00Z")));
        edits.put(LedgerEntries.RECORD_TYPE, "Conference");
        edits.put(LedgerEntries.RECORD_ID, "another-record");
        edits.put(LedgerEntries.SEQUENCE, 7L);

        edits.forEach((field, value) -> {
            assertThat(original.get(field)).as(field).isNotEqualTo(value);
            ledger.replaceOne(eq("_id", position), new Document(original).append(field, value));

            LedgerVerification result = verify(copy);

            assertBreak(result, position, BreakKind.CHANGED);
            assertThat(result.firstBreak().explanation()).as(field).contains("its " + field + " differ");
            assertThat(result.firstBreak().recordId()).as("named as stored").isEqualTo(delegation);
            ledger.replaceOne(eq("_id", position), original);
        });
        assertThat(verify(copy).ok()).as("the copies restored").isTrue();
    }

    @Test
    void aHeadTakenAfterATamperedEventIsNoPrefixButOneBeforeItIs() {
        LedgerVerifier verifier = new LedgerVerifier(LedgerStore.of(copy), Duration.ZERO);
        LedgerHead old = MongoAuditLedger.headOf(LedgerStore.of(copy));
        Document created = storedEvent(copy, delegation, 0);
        long tampered = positionOf(copy, created.getString(StoredEvents.EVENT_ID));
        assertThat(tampered).isBetween(2L, old.position() - 1);
        String headBefore = ledger.find(eq("_id", tampered - 1)).first().getString(LedgerEntries.HASH);
        events.updateOne(eq("_id", created.get("_id")),
                set(StoredEvents.PAYLOAD, created.getString(StoredEvents.PAYLOAD) + " "));

        LedgerProof proof = verifier.prove(old.hash()).orElseThrow();

        assertThat(proof.prefix()).as(proof.explanation()).isFalse();
        assertThat(proof.oldHead().position()).isEqualTo(old.position());
        assertThat(proof.verification().firstBreak().position()).isEqualTo(tampered);
        assertThat(proof.verification().firstBreak().kind()).isEqualTo(BreakKind.CHANGED);
        assertThat(proof.explanation()).contains("is NOT a prefix", "position " + tampered);

        LedgerProof earlier = verifier.prove(headBefore).orElseThrow();
        assertThat(earlier.prefix()).as(earlier.explanation()).isTrue();
        assertThat(earlier.explanation()).contains("But the chain breaks later");
    }

    /** {@code content} moved into the slot (record and sequence number) of {@code slot}. */
    private static Document swapped(Document content, Document slot) {
        Document moved = new Document(content);
        moved.put("_id", slot.get("_id"));
        moved.put(StoredEvents.AGGREGATE_ID, slot.get(StoredEvents.AGGREGATE_ID));
        moved.put(StoredEvents.SEQUENCE, slot.get(StoredEvents.SEQUENCE));
        return moved;
    }

    private static Document withPosition(Document entry, long position) {
        Document moved = new Document(entry);
        moved.put("_id", position);
        return moved;
    }

    private static void assertBreak(LedgerVerification result, long position, BreakKind kind) {
        assertThat(result.ok()).as(result.explanation()).isFalse();
        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(kind);
        assertThat(result.firstBreak().position()).as(result.explanation()).isEqualTo(position);
        assertThat(result.firstBreak().explanation()).isNotBlank();
        if (kind != BreakKind.INSERTED) {
            assertThat(result.head().position()).as("the walk stops before the break").isLessThan(position);
        }
    }
}
