package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.gt;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.audit.ledger.LedgerCopies.storedEvent;
import static vn.foreignaffairs.registry.audit.ledger.LedgerCopies.verifyAsTheRegistryDoes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Stored events the ledger does not hold, verified as the registry verifies (its pending window,
 * the ledger projector's token copied with the store): an unchained event is pending only while the
 * projector may still chain it, never because the ledger was emptied, cut short, or the event
 * carries a time that suits the forger.
 */
class UnchainedEventsTest extends CopiedStoreTest {

    private static final Clock NOW = Clock.systemUTC();

    @Test
    void theCopyVerifiesWithThePendingWindowAndTheToken() {
        LedgerVerification result = verifyAsTheRegistryDoes(copy, NOW);

        assertThat(result.ok()).as(result.explanation()).isTrue();
        assertThat(result.pendingCount()).isZero();
        assertThat(result.unchainedCount()).isZero();
    }

    @Test
    void aDroppedLedgerIsMissingFromPositionOneAlthoughItsEventsAreRecent() {
        long stored = events.countDocuments();
        ledger.drop();

        LedgerVerification result = verifyAsTheRegistryDoes(copy, NOW);

        assertBreak(result, 1, BreakKind.MISSING);
        assertThat(result.firstBreak().explanation()).contains("no entries", "emptied or dropped");
        assertThat(result.unchainedCount()).isEqualTo(stored);
        assertThat(result.pendingCount()).isZero();
        assertThat(result.head().position()).isZero();
    }

    @Test
    void entriesCutFromTheEndAreMissingRightAfterTheNewEnd() {
        long head = MongoAuditLedger.headOf(LedgerStore.of(copy)).position();
        ledger.deleteMany(gt("_id", head - 3));

        LedgerVerification result = verifyAsTheRegistryDoes(copy, NOW);

        assertBreak(result, head - 2, BreakKind.MISSING);
        assertThat(result.firstBreak().explanation()).contains("ends at position " + (head - 3),
                "removed from the end of the ledger");
        assertThat(result.unchainedCount()).isEqualTo(3);
        assertThat(result.unchained()).allSatisfy(event -> assertThat(event.passedByProjector()).isTrue());
        assertThat(result.pendingCount()).isZero();
    }

    @Test
    void aDroppedLedgerWithoutItsTokenIsABreakOnceItsEventsAreOlderThanTheWindow() {
        ledger.drop();
        copy.getCollection(LedgerProjectorProgress.COLLECTION).drop();
        Clock aMinuteLater = Clock.offset(NOW, Duration.ofMinutes(1));

        LedgerVerification result = verifyAsTheRegistryDoes(copy, aMinuteLater);

        assertBreak(result, 1, BreakKind.INSERTED);
        assertThat(result.firstBreak().explanation()).contains("has not reached it");
        assertThat(result.pendingCount()).isZero();
    }

    @Test
    void anEventInsertedWithATimeInTheFutureIsABreakNotPending() {
        String forged = forge(Instant.now().plus(1, ChronoUnit.HOURS));

        LedgerVerification result = verifyAsTheRegistryDoes(copy, NOW);

        assertBreak(result, MongoAuditLedger.headOf(LedgerStore.of(copy)).position() + 1, BreakKind.INSERTED);
        assertThat(result.firstBreak().eventId()).isEqualTo(forged);
        assertThat(result.firstBreak().explanation()).contains("in the future");
        assertThat(result.pendingCount()).isZero();
    }

    @Test
    void anEventInsertedAfterTheHeadAfterAQuietHourIsABreakThoughRecentByTheHead() {
        // verified an hour after the last write; the forged event is 30 s old then, well after the head
        Clock anHourLater = Clock.fixed(Instant.now().plus(1, ChronoUnit.HOURS), ZoneOffset.UTC);
        String forged = forge(anHourLater.instant().minusSeconds(30));

        LedgerVerification result = verifyAsTheRegistryDoes(copy, anHourLater);

        assertBreak(result, MongoAuditLedger.headOf(LedgerStore.of(copy)).position() + 1, BreakKind.INSERTED);
        assertThat(result.firstBreak().eventId()).isEqualTo(forged);
        assertThat(result.firstBreak().explanation()).contains("older than 10 s");
    }

    @Test
    void anEventStoredJustNowThatTheProjectorHasNotReachedIsPending() {
        forge(Instant.now());

        LedgerVerification result = verifyAsTheRegistryDoes(copy, NOW);

        assertThat(result.ok()).as(result.explanation()).isTrue();
        assertThat(result.pendingCount()).isEqualTo(1);
        assertThat(result.unchainedCount()).isZero();
        assertThat(result.explanation()).contains("not chained yet");
    }

    @Test
    void anEventInsertedLongBeforeTheHeadIsFoundAlthoughANewerOneIsPending() {
        // verification reads only the newest events when they account for every unchained one
        forge(Instant.now());
        String forged = forge(Instant.now().minus(1, ChronoUnit.HOURS));

        LedgerVerification result = verifyAsTheRegistryDoes(copy, NOW);

        assertThat(result.ok()).as(result.explanation()).isFalse();
        assertThat(result.firstBreak().kind()).isEqualTo(BreakKind.INSERTED);
        assertThat(result.firstBreak().eventId()).isEqualTo(forged);
        assertThat(result.unchainedCount()).isEqualTo(1);
        assertThat(result.pendingCount()).isEqualTo(1);
    }

    /** Stores a copy of the approval under a new identifier, record and time, as a forger would. */
    private String forge(Instant at) {
        Document forged = new Document(storedEvent(copy, delegation, 2));
        forged.remove("_id");
        String id = UUID.randomUUID().toString();
        forged.put(StoredEvents.EVENT_ID, id);
        forged.put(StoredEvents.AGGREGATE_ID, "forged-" + id);
        forged.put(StoredEvents.SEQUENCE, 0L);
        forged.put(StoredEvents.TIMESTAMP, at.truncatedTo(ChronoUnit.MILLIS).toString());
        events.insertOne(forged);
        return id;
    }

    private static void assertBreak(LedgerVerification result, long position, BreakKind kind) {
        assertThat(result.ok()).as(result.explanation()).isFalse();
        assertThat(result.firstBreak().kind()).as(result.explanation()).isEqualTo(kind);
        assertThat(result.firstBreak().position()).as(result.explanation()).isEqualTo(position);
    }
}
