package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * Recomputes the chain: walks the ledger in position order, re-reads each entry's event from the
 * event store by identifier, and recomputes every hash; then looks for stored events the ledger
 * never chained. Both walks go in batches through cursors, so memory stays bounded by the batch
 * size whatever the size of the log. Works on any pair of collections (the live ones, a copy, or
 * another server for the offline command).
 */
public class LedgerVerifier {

    public static final int UNCHAINED_LISTED = 100;
    static final int BATCH = 500;

    private final LedgerStore store;
    private final Duration pendingWindow;

    /**
     * @param pendingWindow how far before the ledger's head an unchained event still counts as not
     *                      yet reached by the projector (late commits carry earlier timestamps)
     */
    public LedgerVerifier(LedgerStore store, Duration pendingWindow) {
        this.store = store;
        this.pendingWindow = pendingWindow;
    }

    public LedgerVerification verify() {
        return verify(null).verification();
    }

    /**
     * Verifies the whole chain and tells whether {@code oldHash} (the head at some earlier time) is a
     * prefix of it: empty when the ledger never had that hash.
     */
    public Optional<LedgerProof> prove(String oldHash) {
        Optional<Long> oldPosition = new MongoAuditLedger(store).positionOf(oldHash);
        return oldPosition.map(position -> {
            Walk walk = verify(new Checkpoint(position, oldHash));
            LedgerVerification verification = walk.verification();
            boolean brokenBefore = verification.firstBreak() != null && verification.firstBreak().position() <= position;
            boolean prefix = !brokenBefore && walk.checkpointMatched();
            return new LedgerProof(new LedgerHead(position, oldHash, walk.checkpointAt()), verification.head(), prefix,
                    verification, prefix
                            ? "The head at position " + position + " is a prefix of the current chain: the log only grew since."
                                    + (verification.ok() ? "" : " But the chain breaks later: " + verification.explanation())
                            : "The head at position " + position + " is NOT a prefix of the current chain: "
                                    + (verification.firstBreak() != null ? verification.explanation()
                                            : "the recomputed chain has another hash there."));
        });
    }

    private Walk verify(Checkpoint checkpoint) {
        ChainWalk chain = walkChain(checkpoint);
        UnchainedScan scan = scanUnchained();
        LedgerBreak firstBreak = chain.firstBreak();
        if (!scan.unchained().isEmpty()) {
            UnchainedEvent earliest = scan.unchained().stream()
                    .min((a, b) -> Long.compare(a.position(), b.position())).orElseThrow();
            if (firstBreak == null || earliest.position() < firstBreak.position()) {
                firstBreak = new LedgerBreak(earliest.position(), BreakKind.INSERTED, earliest.eventId(),
                        earliest.recordType(), earliest.recordId(), earliest.sequence(),
                        "Event " + earliest.eventId() + " (" + earliest.recordType() + " " + earliest.recordId()
                                + ", event " + earliest.sequence() + ", " + earliest.timestamp()
                                + ") is in the event store but the ledger never chained it; by its time it would stand at position "
                                + earliest.position() + ".");
            }
        }
        LedgerVerification verification = new LedgerVerification(
                firstBreak == null ? LedgerVerification.Status.OK : LedgerVerification.Status.BROKEN,
                chain.head(), chain.checked(), firstBreak, scan.count(), scan.unchained(), scan.pending(),
                firstBreak == null
                        ? "The chain recomputes from the event store up to position " + chain.head().position()
                                + " and every stored event is chained" + (scan.pending() == 0 ? "."
                                : " (" + scan.pending() + " newest events are not chained yet).")
                        : "The chain breaks at position " + firstBreak.position() + " (" + firstBreak.kind() + "): "
                                + firstBreak.explanation());
        return new Walk(verification, chain.checkpointMatched(), chain.checkpointAt());
    }

    private ChainWalk walkChain(Checkpoint checkpoint) {
        String running = LedgerHead.GENESIS_HASH;
        long expected = 1;
        Instant runningAt = null;
        boolean checkpointMatched = false;
        Instant checkpointAt = null;
        try (MongoCursor<Document> entries = store.ledger().find().sort(Sorts.ascending(LedgerEntries.POSITION))
                .batchSize(BATCH).iterator()) {
            while (entries.hasNext()) {
                List<Document> batch = nextBatch(entries);
                StoredBatch stored = storedEvents(batch);
                for (Document entry : batch) {
                    long position = ((Number) entry.get(LedgerEntries.POSITION)).longValue();
                    LedgerBreak broken = position != expected
                            ? gap(expected, position)
                            : check(entry, position, running, stored);
                    if (broken != null) {
                        return new ChainWalk(new LedgerHead(expected - 1, running, runningAt), expected - 1, broken,
                                checkpointMatched, checkpointAt);
                    }
                    running = entry.getString(LedgerEntries.HASH);
                    Date at = entry.getDate(LedgerEntries.TIMESTAMP);
                    runningAt = at == null ? null : at.toInstant();
                    if (checkpoint != null && checkpoint.position() == position) {
                        checkpointMatched = checkpoint.hash().equals(running);
                        checkpointAt = runningAt;
                    }
                    expected++;
                }
            }
        }
        return new ChainWalk(new LedgerHead(expected - 1, running, runningAt), expected - 1, null,
                checkpointMatched, checkpointAt);
    }

    private static LedgerBreak gap(long expected, long position) {
        return new LedgerBreak(expected, BreakKind.MISSING, null, null, null, null,
                "The ledger has no entry at position " + expected + ": entries " + expected + " to " + (position - 1)
                        + " were removed from the ledger.");
    }

    /** Null when the entry recomputes; else the break it is. */
    private LedgerBreak check(Document entry, long position, String running, StoredBatch stored) {
        String eventId = entry.getString(LedgerEntries.EVENT_ID);
        String recordType = entry.getString(LedgerEntries.RECORD_TYPE);
        String recordId = entry.getString(LedgerEntries.RECORD_ID);
        Long sequence = entry.get(LedgerEntries.SEQUENCE) instanceof Number n ? n.longValue() : null;
        String what = "Event " + eventId + " (" + recordType + " " + recordId + ", event " + sequence + ")";
        Document event = stored.byId().get(eventId);
        if (event == null) {
            return new LedgerBreak(position, BreakKind.MISSING, eventId, recordType, recordId, sequence,
                    what + ", chained at position " + position + ", is no longer in the event store.");
        }
        if (stored.duplicated().contains(eventId)) {
            return new LedgerBreak(position, BreakKind.INSERTED, eventId, recordType, recordId, sequence,
                    "The event store holds more than one event with the identifier " + eventId
                            + ", chained at position " + position + ": one was inserted.");
        }
        CanonicalEvent canonical = CanonicalEvent.fromStored(event);
        String recomputed = LedgerHashes.next(running, canonical);
        String recordedHash = entry.getString(LedgerEntries.HASH);
        String recordedPrevious = entry.getString(LedgerEntries.PREVIOUS_HASH);
        if (recomputed.equals(recordedHash) && running.equals(recordedPrevious)) {
            return null;
        }
        boolean movedInStore = !equal(canonical.aggregateId(), recordId) || canonical.sequenceNumber() != nullToMinus(sequence)
                || !equal(canonical.aggregateType(), recordType);
        if (movedInStore) {
            Document other = store.ledger().find(and(eq(LedgerEntries.RECORD_ID, canonical.aggregateId()),
                    eq(LedgerEntries.SEQUENCE, canonical.sequenceNumber()))).first();
            if (other != null && !eventId.equals(other.getString(LedgerEntries.EVENT_ID))) {
                return new LedgerBreak(position, BreakKind.REORDERED, eventId, recordType, recordId, sequence,
                        what + ", chained at position " + position + ", now stands in the store as event "
                                + canonical.sequence() + " of " + canonical.aggregateId() + ", the place the ledger gave to position "
                                + other.get(LedgerEntries.POSITION) + ": events were swapped or reordered.");
            }
            return new LedgerBreak(position, BreakKind.CHANGED, eventId, recordType, recordId, sequence,
                    what + ", chained at position " + position + ", was moved in the store to "
                            + canonical.aggregateType() + " " + canonical.aggregateId() + " event " + canonical.sequence() + ".");
        }
        if (!running.equals(recordedPrevious) && LedgerHashes.isHash(recordedPrevious)
                && LedgerHashes.next(recordedPrevious, canonical).equals(recordedHash)) {
            return chainedFromElsewhere(entry, position, recordedPrevious, what);
        }
        if (!running.equals(recordedPrevious) || !LedgerHashes.isHash(recordedHash)) {
            return new LedgerBreak(position, BreakKind.CHANGED, eventId, recordType, recordId, sequence,
                    "The ledger entry at position " + position + " was altered: its hashes do not follow the chain.");
        }
        return new LedgerBreak(position, BreakKind.CHANGED, eventId, recordType, recordId, sequence,
                what + ", chained at position " + position
                        + ", differs from what was chained: its stored content (payload, metadata, time or type) was changed.");
    }

    /** The entry is intact but follows another entry than its predecessor: entries were inserted or moved. */
    private LedgerBreak chainedFromElsewhere(Document entry, long position, String recordedPrevious, String what) {
        String eventId = entry.getString(LedgerEntries.EVENT_ID);
        String recordType = entry.getString(LedgerEntries.RECORD_TYPE);
        String recordId = entry.getString(LedgerEntries.RECORD_ID);
        Long sequence = entry.get(LedgerEntries.SEQUENCE) instanceof Number n ? n.longValue() : null;
        Optional<Long> predecessor = new MongoAuditLedger(store).positionOf(recordedPrevious);
        if (predecessor.isPresent() && predecessor.get() < position - 1) {
            long inserted = predecessor.get() + 1;
            return new LedgerBreak(inserted, BreakKind.INSERTED, null, null, null, null,
                    "The ledger entries at positions " + inserted + " to " + (position - 1) + " were inserted: "
                            + what + " at position " + position + " was chained right after position " + predecessor.get() + ".");
        }
        if (predecessor.isPresent()) {
            return new LedgerBreak(position, BreakKind.REORDERED, eventId, recordType, recordId, sequence,
                    what + " at position " + position + " was chained after the entry now at position " + predecessor.get()
                            + ": ledger entries were swapped or reordered.");
        }
        return new LedgerBreak(position, BreakKind.CHANGED, eventId, recordType, recordId, sequence,
                "The ledger entry at position " + position + " was altered: it follows a hash the chain never had.");
    }

    private StoredBatch storedEvents(List<Document> batch) {
        List<String> ids = new ArrayList<>(batch.size());
        batch.forEach(entry -> ids.add(entry.getString(LedgerEntries.EVENT_ID)));
        Map<String, Document> byId = new HashMap<>();
        Set<String> duplicated = new HashSet<>();
        for (Document event : store.events().find(in(StoredEvents.EVENT_ID, ids))) {
            String id = event.getString(StoredEvents.EVENT_ID);
            if (byId.putIfAbsent(id, event) != null) {
                duplicated.add(id);
            }
        }
        return new StoredBatch(byId, duplicated);
    }

    private UnchainedScan scanUnchained() {
        LedgerHead head = MongoAuditLedger.headOf(store);
        Instant pendingAfter = head.at() == null ? null : head.at().minus(pendingWindow);
        long count = 0;
        long pending = 0;
        List<UnchainedEvent> listed = new ArrayList<>();
        try (MongoCursor<Document> events = store.events().find()
                .projection(Projections.include(StoredEvents.EVENT_ID, StoredEvents.AGGREGATE_TYPE,
                        StoredEvents.AGGREGATE_ID, StoredEvents.SEQUENCE, StoredEvents.TIMESTAMP))
                .batchSize(BATCH).iterator()) {
            while (events.hasNext()) {
                List<Document> batch = nextBatch(events);
                Set<String> chained = chained(batch);
                for (Document event : batch) {
                    CanonicalEvent canonical = CanonicalEvent.fromStored(event);
                    if (chained.contains(canonical.eventId())) {
                        continue;
                    }
                    Instant at = canonical.instant();
                    if (pendingAfter == null || (at != null && at.isAfter(pendingAfter))) {
                        pending++;
                        continue;
                    }
                    count++;
                    if (listed.size() < UNCHAINED_LISTED) {
                        listed.add(new UnchainedEvent(canonical.eventId(), canonical.aggregateType(),
                                canonical.aggregateId(), canonical.sequenceNumber(), canonical.timestamp(),
                                positionByTime(at, head)));
                    }
                }
            }
        }
        return new UnchainedScan(count, listed, pending);
    }

    private Set<String> chained(List<Document> events) {
        List<String> ids = new ArrayList<>(events.size());
        events.forEach(event -> ids.add(String.valueOf(event.get(StoredEvents.EVENT_ID))));
        Set<String> chained = new HashSet<>();
        store.ledger().find(in(LedgerEntries.EVENT_ID, ids)).projection(Projections.include(LedgerEntries.EVENT_ID))
                .forEach(entry -> chained.add(entry.getString(LedgerEntries.EVENT_ID)));
        return chained;
    }

    private long positionByTime(Instant at, LedgerHead head) {
        if (at == null) {
            return head.position() + 1;
        }
        Document first = store.ledger().find(gte(LedgerEntries.TIMESTAMP, Date.from(at)))
                .sort(Sorts.ascending(LedgerEntries.POSITION)).projection(Projections.include(LedgerEntries.POSITION))
                .limit(1).first();
        return first == null ? head.position() + 1 : ((Number) first.get(LedgerEntries.POSITION)).longValue();
    }

    private static List<Document> nextBatch(MongoCursor<Document> cursor) {
        List<Document> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && cursor.hasNext()) {
            batch.add(cursor.next());
        }
        return batch;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static long nullToMinus(Long value) {
        return value == null ? -1 : value;
    }

    private record Checkpoint(long position, String hash) {
    }

    private record StoredBatch(Map<String, Document> byId, Set<String> duplicated) {
    }

    private record ChainWalk(LedgerHead head, long checked, LedgerBreak firstBreak, boolean checkpointMatched,
                             Instant checkpointAt) {
    }

    private record UnchainedScan(long count, List<UnchainedEvent> unchained, long pending) {
    }

    private record Walk(LedgerVerification verification, boolean checkpointMatched, Instant checkpointAt) {
    }
}
