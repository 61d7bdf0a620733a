package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a query of the embedded server over its indexes, where the server alone would read and
 * sort every document of the collection for any query but an exact match of a unique index:
 * <ol>
 * <li>every key of a unique index fixed: at most one document, found through that index;</li>
 * <li>else the ordered index that narrows most; if it yields the documents in the order asked
 *     for, they are read in that order and reading stops at the limit or the batch;</li>
 * <li>else, with a sort an ordered index gives and a limit or batch, that index read in order;</li>
 * <li>else the server's own plan.</li>
 * </ol>
 * Every candidate is still matched against the whole query by the server, so an index only
 * ever decides which documents are looked at, never which are answered; the one exception is an
 * index whose entries are exactly the matching documents, read at once (see {@link #inOrder}).
 */
final class IndexedQueries<P> {

    private static final Logger log = LoggerFactory.getLogger(IndexedQueries.class);
    /** A query that looks at more index entries than this for its first answer is logged, as MongoDB logs slow queries. */
    private static final long MANY_ENTRIES = 5_000;
    /** So many documents a query reads and sorts without looking for a cheaper way. */
    private static final long FEW = 1_000;

    private final IndexedCollection<P> collection;

    IndexedQueries(IndexedCollection<P> collection) {
        this.collection = collection;
    }

    QueryResult query(Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
        if (orderBy != null && orderBy.containsKey("$natural")) {
            return collection.unplanned(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        FieldConditions conditions = FieldConditions.of(query);
        Iterable<P> unique = uniqueMatch(conditions);
        if (unique != null) {
            return collection.fromPositions(query, unique, orderBy, skip, limit, batchSize, fieldSelector);
        }
        OrderedIndex.Scan<P> narrowest = narrowest(conditions);
        if (narrowest != null) {
            Boolean backwards = narrowest.index().readsBackwardsFor(orderBy, narrowest.equalities());
            if (backwards != null) {
                return inOrder(query, conditions, counted(narrowest.positions(backwards), query, orderBy, narrowest),
                        narrowest.holdsExactly(conditions), skip, limit, batchSize, fieldSelector);
            }
            QueryResult walked = limit > 0 ? walkedInOrder(query, conditions, orderBy, skip, limit, fieldSelector, narrowest)
                    : null;
            if (walked != null) {
                return walked;
            }
            return collection.fromPositions(query, distinct(narrowest.positions(false)), orderBy, skip, limit,
                    batchSize, fieldSelector);
        }
        if (orderBy != null && !orderBy.isEmpty() && (limit > 0 || batchSize > 0)) {
            for (OrderedIndex<P> index : orderedIndexes()) {
                Boolean backwards = index.readsBackwardsFor(orderBy, 0);
                if (backwards != null && index.coversEveryDocument()) {
                    return inOrder(query, conditions, index.scan(conditions).positions(backwards), false, skip, limit,
                            batchSize, fieldSelector);
                }
            }
        }
        return collection.unplanned(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /**
     * A page of a query whose narrowest index does not give the order asked for, read instead along
     * an index that does, as long as that looks at fewer documents than the narrowest would read
     * and sort; null when it would not. A register page (the newest twenty of thousands matching)
     * then reads about twenty documents, not thousands. Which way is cheaper depends on where the
     * matching documents lie in the order, which only reading tells: the walk gives up once it has
     * looked at as many documents as the narrowest index holds, so it never costs more than twice that.
     */
    private QueryResult walkedInOrder(Document query, FieldConditions conditions, Document orderBy, int skip,
                                      int limit, Document fieldSelector, OrderedIndex.Scan<P> narrowest) {
        long wanted = (long) skip + limit;
        long budget = narrowest.size();
        if (budget <= Math.max(wanted, FEW)) {
            return null;
        }
        for (OrderedIndex<P> index : orderedIndexes()) {
            OrderedIndex.Scan<P> scan = index.scan(conditions);
            Boolean backwards = index.readsBackwardsFor(orderBy, scan.equalities());
            if (index == narrowest.index() || backwards == null
                    || !(index.coversEveryDocument() || scan.equalities() > 0)) {
                continue;
            }
            List<Document> matching = new ArrayList<>();
            Iterator<P> positions = scan.positions(backwards);
            long looked = 0;
            while (matching.size() < wanted && positions.hasNext()) {
                if (++looked > budget) {
                    return null;
                }
                Document document = candidate(positions.next(), conditions);
                if (document != null && collection.matches(document, query)) {
                    matching.add(document);
                }
            }
            return collection.fromOrdered(query, matching.stream(), skip, limit, 0, fieldSelector);
        }
        return null;
    }

    /**
     * How many documents match {@code query}, counted from the entries of an ordered index without
     * reading a document, or null if no index can tell. When the query is nothing but the equalities
     * and lists of values an index's stretches hold, their sizes are the count ({@link
     * IndexEntries#count}: two lookups each on the file store); else, when every field the query
     * reads is a key of an index, each entry's values are matched against the query.
     */
    Integer count(Document query, int skip, int limit) {
        FieldConditions conditions = FieldConditions.of(query);
        Long counted = exactCount(conditions);
        if (counted == null) {
            counted = coveredCount(query, conditions);
        }
        if (counted == null) {
            return null;
        }
        long afterSkip = Math.max(0, counted - Math.max(skip, 0));
        return (int) Math.min(limit > 0 ? limit : Integer.MAX_VALUE, afterSkip);
    }

    private Long exactCount(FieldConditions conditions) {
        if (!conditions.exact() || conditions.isEmpty()) {
            return null;
        }
        for (OrderedIndex<P> index : orderedIndexes()) {
            OrderedIndex.Scan<P> scan = index.scan(conditions);
            if (scan.holdsExactly(conditions)) {
                return scan.size();
            }
        }
        return null;
    }

    private Long coveredCount(Document query, FieldConditions conditions) {
        Set<String> fields = CoveredFields.of(query);
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        OrderedIndex.Scan<P> narrowest = narrowest(conditions,
                index -> index.coversEveryDocument() && index.fields().containsAll(fields));
        if (narrowest == null) {
            return null;
        }
        long counted = 0;
        for (Iterator<OrderedKey> keys = narrowest.keys(); keys.hasNext(); ) {
            if (collection.matches(narrowest.index().valuesOf(keys.next()), query)) {
                counted++;
            }
        }
        return counted;
    }

    /** Positions of the one document a unique index finds when the query fixes all its keys, or null. */
    private Iterable<P> uniqueMatch(FieldConditions conditions) {
        for (Index<P> index : collection.getIndexes()) {
            if (!index.isUnique()) {
                continue;
            }
            Document keys = new Document();
            for (var key : index.getKeys()) {
                if (!conditions.hasEquality(key.getKey())) {
                    keys = null;
                    break;
                }
                keys.put(key.getKey(), conditions.equality(key.getKey()));
            }
            if (keys != null && index.canHandle(keys)) {
                return index.getPositions(keys);
            }
        }
        return null;
    }

    /** The scan of the index the conditions narrow most, if they narrow any. */
    private OrderedIndex.Scan<P> narrowest(FieldConditions conditions) {
        if (conditions.isEmpty()) {
            return null;
        }
        OrderedIndex.Scan<P> narrowest = narrowest(conditions, index -> true);
        return narrowest != null && narrowest.narrowing() > 0 ? narrowest : null;
    }

    /** The scan of the usable index the conditions narrow most, the whole index if they narrow none; null if none is usable. */
    private OrderedIndex.Scan<P> narrowest(FieldConditions conditions, Predicate<OrderedIndex<P>> usable) {
        OrderedIndex.Scan<P> narrowest = null;
        for (OrderedIndex<P> index : orderedIndexes()) {
            if (!usable.test(index)) {
                continue;
            }
            OrderedIndex.Scan<P> scan = index.scan(conditions);
            if (narrowest == null || scan.narrowing() > narrowest.narrowing()) {
                narrowest = scan;
            }
        }
        return narrowest;
    }

    @SuppressWarnings("unchecked")
    private List<OrderedIndex<P>> orderedIndexes() {
        List<OrderedIndex<P>> ordered = new ArrayList<>();
        for (Index<P> index : collection.getIndexes()) {
            if (index instanceof OrderedIndex<?>) {
                ordered.add((OrderedIndex<P>) index);
            }
        }
        return ordered;
    }

    /** The positions, logging the query once it has looked at many of them. */
    private Iterator<P> counted(Iterator<P> positions, Document query, Document orderBy, OrderedIndex.Scan<P> scan) {
        return new Iterator<>() {
            private long looked;

            @Override
            public boolean hasNext() {
                return positions.hasNext();
            }

            @Override
            public P next() {
                if (++looked == MANY_ENTRIES) {
                    log.info("A query on {} has looked at {} entries of index {}: {} sorted by {}", collection.getFullName(),
                            MANY_ENTRIES, scan.index().getName(), query, orderBy);
                }
                return positions.next();
            }
        };
    }

    /** A document of an index over arrays has an entry per element: each is looked at once. */
    private static <P> Iterable<P> distinct(Iterator<P> positions) {
        LinkedHashSet<P> distinct = new LinkedHashSet<>();
        positions.forEachRemaining(distinct::add);
        return distinct;
    }

    /**
     * Documents read in index order. With a limit, the server stops at it. Without one, the first
     * batch is answered and a cursor reads on from where it stopped, so a client that reads one
     * batch of a long collection (a tracking event processor does) never makes the server read it all.
     * When the positions are exactly the matching documents' ({@code allMatch}, {@link
     * OrderedIndex.Scan#holdsExactly}), an answer read at once is not matched again: the server's
     * matcher walks an {@code $in} list for every document, so a lookup of 500 identifiers compared
     * each document with each of them. A cursor's later batches are still matched, since the documents
     * may change between batches.
     */
    private QueryResult inOrder(Document query, FieldConditions conditions, Iterator<P> positions, boolean allMatch,
                                int skip, int limit, int batchSize, Document fieldSelector) {
        Stream<Document> documents = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(positions, Spliterator.ORDERED), false)
                .map(position -> candidate(position, conditions)).filter(Objects::nonNull);
        if (limit > 0 || batchSize <= 0) {
            Document matchedBy = allMatch && !positional(fieldSelector) ? new Document() : query;
            return collection.fromOrdered(matchedBy, documents, skip, limit, batchSize, fieldSelector);
        }
        Iterator<Document> matching = documents.filter(document -> collection.matches(document, query))
                .skip(skip).iterator();
        List<Document> firstBatch = take(matching, batchSize);
        List<Document> projected = project(firstBatch, fieldSelector);
        if (!matching.hasNext()) {
            return new QueryResult(projected);
        }
        Cursor cursor = new ReadOnCursor(collection.cursors().generateCursorId(), matching,
                batch -> project(batch, fieldSelector), collection);
        collection.cursors().add(cursor);
        return new QueryResult(projected, cursor);
    }

    /** Whether the projection has operators ({@code field.$}, {@code $elemMatch}) that read the query. */
    private static boolean positional(Document fieldSelector) {
        return fieldSelector != null && fieldSelector.entrySet().stream()
                .anyMatch(field -> field.getKey().contains("$") || field.getValue() instanceof Document);
    }

    /** The document at {@code position}, unless it is gone or the conditions surely refuse it. */
    private Document candidate(P position, FieldConditions conditions) {
        Document document = collection.documentAt(position);
        return document != null && !conditions.surelyExcludes(document) ? document : null;
    }

    private List<Document> project(List<Document> documents, Document fieldSelector) {
        if (fieldSelector == null || fieldSelector.isEmpty()) {
            return documents;
        }
        return collection.fromOrdered(new Document(), documents.stream(), 0, 0, 0, fieldSelector).collectDocuments();
    }

    static List<Document> take(Iterator<Document> documents, int count) {
        List<Document> taken = new ArrayList<>(count);
        while (taken.size() < count && documents.hasNext()) {
            taken.add(documents.next());
        }
        return taken;
    }
}
