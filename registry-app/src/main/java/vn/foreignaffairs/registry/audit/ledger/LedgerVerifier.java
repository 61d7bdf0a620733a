package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
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
import org.axonframework.common.DateTimeUtils;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * Recomputes the chain: walks the ledger in position order, re-reads each entry's event from the
 * event store by identifier, recomputes every hash and checks the fields the entry copies; then
 * looks for stored events the ledger never chained. Both walks go in batches through cursors, so
 * memory stays bounded by the batch size whatever the size of the log. Works on the registry's
 * collections in any database (the live ones, a copy, or another server for the offline command).
 */
public class LedgerVerifier {

    public static final int UNCHAINED_LISTED = 100;
    static final int BATCH = 500;

    private final LedgerStore store;
    private final Duration pendingWindow;
    private final Clock clock;

    /**
     * @param pendingWindow how old (or, for clocks apart, how far ahead) an unchained event may be
     *                      by the time of verification and still count as not yet reached by the
     *                      projector, provided the projector's token has not passed it
     */
    public LedgerVerifier(LedgerStore store, Duration pendingWindow) {
        this(store, pendingWindow, Clock.systemUTC());
    }

    LedgerVerifier(LedgerStore store, Duration pendingWindow, Clock clock) {
        this.store = store;
        this.pendingWindow = pendingWindow;
        this.clock = clock;
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
        UnchainedScan scan = scanUnchained(chain);
        LedgerBreak firstBreak = chain.firstBreak();
        if (!scan.unchained().isEmpty()) {
            UnchainedEvent earliest = scan.unchained().stream()
                    .min((a, b) -> Long.compare(a.position(), b.position())).orElseThrow();
            LedgerBreak unchained = unchainedBreak(earliest, scan.count());
            if (firstBreak == null || unchained.position() < firstBreak.position()) {
                firstBreak = unchained;
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

    /**
     * Events after the ledger's last entry that the projector has already read are entries removed
     * from the ledger's tail (all of them when the ledger is empty); any other unchained event is
     * one the ledger never chained.
     */
    private LedgerBreak unchainedBreak(UnchainedEvent earliest, long unchainedCount) {
        String what = "Event " + earliest.eventId() + " (" + earliest.recordType() + " " + earliest.recordId()
                + ", event " + earliest.sequence() + ", " + earliest.timestamp() + ")";
        LedgerHead last = MongoAuditLedger.headOf(store);
        Instant at = CanonicalEvent.instantOf(earliest.timestamp());
        if (earliest.passedByProjector() && (last.at() == null || !at.isBefore(last.at()))) {
            boolean empty = last.position() == 0;
            return new LedgerBreak(last.position() + 1, BreakKind.MISSING, earliest.eventId(), earliest.recordType(),
                    earliest.recordId(), earliest.sequence(), (empty ? "The ledger has no entries"
                            : "The ledger ends at position " + last.position()) + ", but the event store holds "
                            + unchainedCount + " unchained event(s) that the ledger projector has already read and will not"
                            + " read again: " + (empty ? "the ledger was emptied or dropped. "
                                    : "entries were removed from the end of the ledger. ")
                            + "The first is " + what + ".");
        }
        String why;
        if (earliest.passedByProjector()) {
            why = "the ledger projector has read past it and will never chain it: it was inserted into the store"
                    + " behind the projector, or its ledger entry was removed.";
        } else if (at == null) {
            why = "its time is missing or unreadable.";
        } else if (at.isAfter(clock.instant())) {
            why = "its time lies in the future.";
        } else {
            why = "the ledger projector has not reached it although it is older than " + pendingWindow.toSeconds()
                    + " s: the event was inserted, or the projector is stopped or far behind (then verify again once it caught up).";
        }
        return new LedgerBreak(earliest.position(), BreakKind.INSERTED, earliest.eventId(), earliest.recordType(),
                earliest.recordId(), earliest.sequence(), what + " is in the event store but the ledger never chained it;"
                        + " by its time it would stand at position " + earliest.position() + ". Not pending, because "
                        + why);
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
                    Object numbered = entry.get(LedgerEntries.POSITION);
                    long position = numbered instanceof Number number ? number.longValue() : -1;
                    LedgerBreak broken = !(numbered instanceof Number) ? notNumbered(expected, numbered)
                            : position != expected ? gap(expected, position)
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

    /** Positions are numbers; one of another type sorts after them all (or, null, before them). */
    private static LedgerBreak notNumbered(long expected, Object position) {
        return new LedgerBreak(expected, BreakKind.INSERTED, null, null, null, null,
                "The ledger holds an entry whose position is not a number (" + describe(position) + ") where position "
                        + expected + " would be: the entry was inserted or its position altered.");
    }

    /** Null when the entry recomputes; else the break it is. */
    private LedgerBreak check(Document entry, long position, String running, StoredBatch stored) {
        String recordType = text(entry, LedgerEntries.RECORD_TYPE);
        String recordId = text(entry, LedgerEntries.RECORD_ID);
        Long sequence = entry.get(LedgerEntries.SEQUENCE) instanceof Number n ? n.longValue() : null;
        if (!(entry.get(LedgerEntries.EVENT_ID) instanceof String eventId)) {
            return new LedgerBreak(position, BreakKind.CHANGED, null, recordType, recordId, sequence,
                    "The ledger entry at position " + position + " was altered: its event identifier is not text ("
                            + describe(entry.get(LedgerEntries.EVENT_ID)) + ").");
        }
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
        String recordedHash = entry.get(LedgerEntries.HASH) instanceof String hash ? hash : null;
        String recordedPrevious = entry.get(LedgerEntries.PREVIOUS_HASH) instanceof String hash ? hash : null;
        if (recomputed.equals(recordedHash) && running.equals(recordedPrevious)) {
            return copiesEdited(entry, position, canonical, what);
        }
        boolean movedInStore = !equal(canonical.aggregateId(), recordId) || canonical.sequenceNumber() != nullToMinus(sequence)
                || !equal(canonical.aggregateType(), recordType);
        if (movedInStore) {
            Document other = store.ledger().find(and(eq(LedgerEntries.RECORD_ID, canonical.aggregateId()),
                    eq(LedgerEntries.SEQUENCE, canonical.sequenceNumber()))).first();
            if (other != null && !eventId.equals(other.get(LedgerEntries.EVENT_ID))) {
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

    /** Null when the fields the entry copies for search and exports are those of its stored event. */
    private static LedgerBreak copiesEdited(Document entry, long position, CanonicalEvent event, String what) {
        CopiedFields stored = CopiedFields.of(event);
        List<String> edited = CopiedFields.of(entry).differencesFrom(stored);
        if (edited.isEmpty()) {
            return null;
        }
        return new LedgerBreak(position, BreakKind.CHANGED, event.eventId(), stored.recordType(), stored.recordId(),
                stored.sequence(), "The ledger entry at position " + position + " of " + what + " was altered: its "
                        + String.join(", ", edited) + " differ(s) from the stored event's, which still recomputes."
                        + " Audit search and exports show the entry's copies.");
    }

    /** The entry is intact but follows another entry than its predecessor: entries were inserted or moved. */
    private LedgerBreak chainedFromElsewhere(Document entry, long position, String recordedPrevious, String what) {
        String eventId = entry.getString(LedgerEntries.EVENT_ID);
        String recordType = text(entry, LedgerEntries.RECORD_TYPE);
        String recordId = text(entry, LedgerEntries.RECORD_ID);
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
        batch.forEach(entry -> {
            if (entry.get(LedgerEntries.EVENT_ID) instanceof String id) {
                ids.add(id);
            }
        });
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

    /**
     * The stored events the ledger never chained. When the chain walked whole, each of its entries
     * stands for another stored event (the walk found each, and the ledger's unique index on event
     * identifiers keeps two entries from naming one), so the store holds exactly
     * {@code stored - checked} unchained events. If that is none, or all of them are among
     * the events since shortly before the head, only those are read; otherwise (a break, or an
     * unchained event further back) every stored event is, to name the earliest.
     */
    private UnchainedScan scanUnchained(ChainWalk chain) {
        if (chain.firstBreak() == null && chain.head().at() != null) {
            long unchained = store.events().countDocuments() - chain.checked();
            if (unchained == 0) {
                return new UnchainedScan(0, List.of(), 0);
            }
            String since = DateTimeUtils.formatInstant(chain.head().at().minus(pendingWindow));
            UnchainedScan recent = scanUnchained(gte(StoredEvents.TIMESTAMP, since));
            if (recent.count() + recent.pending() == unchained) {
                return recent;
            }
        }
        return scanUnchained(new Document());
    }

    /**
     * An unchained event is pending, not a break, only while the projector may still chain it: its
     * time is within the pending window of now, and the projector's token has not passed it.
     */
    private UnchainedScan scanUnchained(Bson events) {
        LedgerHead head = MongoAuditLedger.headOf(store);
        LedgerProjectorProgress progress = LedgerProjectorProgress.read(store.tokens());
        Instant now = clock.instant();
        Instant pendingFrom = now.minus(pendingWindow);
        Instant pendingTo = now.plus(pendingWindow);
        long count = 0;
        long pending = 0;
        List<UnchainedEvent> listed = new ArrayList<>();
        try (MongoCursor<Document> stored = store.events().find(events)
                .projection(Projections.include(StoredEvents.EVENT_ID, StoredEvents.AGGREGATE_TYPE,
                        StoredEvents.AGGREGATE_ID, StoredEvents.SEQUENCE, StoredEvents.TIMESTAMP))
                .batchSize(BATCH).iterator()) {
            while (stored.hasNext()) {
                List<Document> batch = nextBatch(stored);
                Set<String> chained = chained(batch);
                for (Document event : batch) {
                    CanonicalEvent canonical = CanonicalEvent.fromStored(event);
                    if (chained.contains(canonical.eventId())) {
                        continue;
                    }
                    Instant at = canonical.instant();
                    boolean passed = progress.passed(canonical.eventId(), at);
                    if (!passed && at != null && !at.isBefore(pendingFrom) && !at.isAfter(pendingTo)) {
                        pending++;
                        continue;
                    }
                    count++;
                    if (listed.size() < UNCHAINED_LISTED) {
                        listed.add(new UnchainedEvent(canonical.eventId(), canonical.aggregateType(),
                                canonical.aggregateId(), canonical.sequenceNumber(), canonical.timestamp(),
                                positionByTime(at, head), passed));
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

    /** A field as text, whatever its type: a copy given another type then differs from the stored event's. */
    private static String text(Document entry, String field) {
        Object value = entry.get(field);
        return value == null ? null : value.toString();
    }

    private static String describe(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
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
