package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A sorted index for the embedded server, which has none of its own beyond unique ones: its
 * entries are the indexed values of each document in index order, so that a query fixing some
 * leading keys, or a range of the next one, reads only the entries it needs, and a sort on the
 * index's keys reads them in order and stops at the limit. The server never picks it by itself
 * ({@link #canHandle} is false): {@link IndexedQueries} plans with it.
 */
final class OrderedIndex<P> extends Index<P> {

    private static final Object LOWEST = MinKey.getInstance();
    private static final Object HIGHEST = MaxKey.getInstance();

    private final List<String> fields;
    private final boolean topLevelFields;
    private final KeyOrder order;
    private final IndexEntries<P> entries;

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse, KeyOrder order, IndexEntries<P> entries) {
        super(name, keys, sparse);
        this.fields = keys.stream().map(IndexKey::getKey).toList();
        this.topLevelFields = fields.stream().noneMatch(field -> field.contains("."));
        this.order = order;
        this.entries = entries;
    }

    static KeyOrder orderOf(List<IndexKey> keys) {
        boolean[] ascending = new boolean[keys.size()];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = keys.get(i).isAscending();
        }
        return new KeyOrder(ascending);
    }

    /**
     * The entries a query can match: one stretch of the index from its first to its last key, or
     * several (one per value of an {@code $in}) in index order; how many leading keys it fixed; and
     * the fields whose conditions the stretches hold exactly (equal to a value or one of a list),
     * or null if a range of values bounds them.
     */
    record Scan<P>(OrderedIndex<P> index, int equalities, int narrowing, List<OrderedKey[]> stretches,
                   Set<String> exactFields) {

        Iterator<P> positions(boolean backwards) {
            List<OrderedKey[]> ordered = new ArrayList<>(stretches);
            if (backwards) {
                Collections.reverse(ordered);
            }
            return across(ordered, stretch -> index.entries.positions(stretch[0], stretch[1], backwards));
        }

        Iterator<OrderedKey> keys() {
            return across(stretches, stretch -> index.entries.keys(stretch[0], stretch[1]));
        }

        /**
         * The stretches one after the other, each read only when the one before is used up and only as
         * far as the caller goes. (Not {@code Stream.flatMap}: on Java 17 its iterator reads a whole
         * stretch for the first element, so each batch a tracking processor fetched walked the event
         * index to its end.)
         */
        static <T> Iterator<T> across(List<OrderedKey[]> stretches, Function<OrderedKey[], Iterator<T>> read) {
            Iterator<OrderedKey[]> remaining = stretches.iterator();
            return new Iterator<>() {
                private Iterator<T> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && remaining.hasNext()) {
                        current = read.apply(remaining.next());
                    }
                    return current.hasNext();
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }

        /** How many entries the stretches hold. */
        long size() {
            return stretches.stream().mapToLong(stretch -> index.entries.count(stretch[0], stretch[1])).sum();
        }

        /**
         * Whether the entries are exactly the documents the query matches, one each: the query is
         * nothing but the conditions the stretches hold, and no document has more than one entry.
         */
        boolean holdsExactly(FieldConditions conditions) {
            return exactFields != null && !exactFields.isEmpty() && !index.entries.multiKey() && conditions.exact()
                    && conditions.exactFields().equals(exactFields);
        }
    }

    /** The part of the index the conditions allow, or the whole index if they fix nothing of it. */
    Scan<P> scan(FieldConditions conditions) {
        int keys = fields.size();
        Object[] fixed = new Object[keys];
        int equalities = 0;
        while (equalities < keys && conditions.hasEquality(fields.get(equalities))) {
            fixed[equalities] = conditions.equality(fields.get(equalities));
            equalities++;
        }
        if (equalities == keys) {
            return new Scan<>(this, equalities, 2 * equalities,
                    List.<OrderedKey[]>of(new OrderedKey[] {new OrderedKey(fixed, LOWEST), new OrderedKey(fixed.clone(), HIGHEST)}),
                    Set.copyOf(fields));
        }
        List<Object> anyOf = conditions.anyOf(fields.get(equalities));
        if (anyOf != null) {
            List<Object> inIndexOrder = new ArrayList<>(anyOf);
            if (!order.ascending(equalities)) {
                Collections.reverse(inIndexOrder);
            }
            List<OrderedKey[]> stretches = new ArrayList<>();
            for (Object value : inIndexOrder) {
                FieldConditions.Range point = new FieldConditions.Range(value, true, value, true);
                stretches.add(stretch(fixed, equalities, point));
            }
            return new Scan<>(this, equalities, 2 * equalities + 2, stretches, Set.copyOf(fields.subList(0, equalities + 1)));
        }
        FieldConditions.Range range = conditions.range(fields.get(equalities)).withinTypeOfBounds();
        if (entries.multiKey()) {
            range = range.withoutUpper(); // an array meets each bound if any of its elements does
        }
        return new Scan<>(this, equalities, 2 * equalities + (range.bounded() ? 1 : 0),
                range.empty() ? List.of() : List.<OrderedKey[]>of(stretch(fixed, equalities, range)),
                range.bounded() ? null : Set.copyOf(fields.subList(0, equalities)));
    }

    /** First and last key, in index order, of the entries with the fixed leading values and the next key in range. */
    private OrderedKey[] stretch(Object[] fixed, int equalities, FieldConditions.Range range) {
        int keys = fields.size();
        Object[] first = fixed.clone();
        Object[] last = fixed.clone();
        boolean ascending = order.ascending(equalities);
        Object start = ascending ? range.lower() : range.upper();
        boolean startInclusive = ascending ? range.lowerInclusive() : range.upperInclusive();
        Object end = ascending ? range.upper() : range.lower();
        boolean endInclusive = ascending ? range.upperInclusive() : range.lowerInclusive();
        boolean padFirstHigh = start != null && !startInclusive;
        boolean padLastHigh = end == null || endInclusive;
        first[equalities] = start != null ? start : lowestAt(equalities);
        last[equalities] = end != null ? end : highestAt(equalities);
        for (int i = equalities + 1; i < keys; i++) {
            first[i] = padFirstHigh ? highestAt(i) : lowestAt(i);
            last[i] = padLastHigh ? highestAt(i) : lowestAt(i);
        }
        return new OrderedKey[] {new OrderedKey(first, padFirstHigh ? HIGHEST : LOWEST),
                new OrderedKey(last, padLastHigh ? HIGHEST : LOWEST)};
    }

    private Object lowestAt(int key) {
        return order.ascending(key) ? LOWEST : HIGHEST;
    }

    private Object highestAt(int key) {
        return order.ascending(key) ? HIGHEST : LOWEST;
    }

    /**
     * Whether the entries of a scan that fixes the first {@code equalities} keys come in the order
     * {@code orderBy} asks for: {@code false} forwards, {@code true} backwards, null if they do not.
     * An index of arrays never does (MongoDB sorts an array by its least or greatest element).
     */
    Boolean readsBackwardsFor(Document orderBy, int equalities) {
        if (entries.multiKey()) {
            return null;
        }
        if (orderBy == null || orderBy.isEmpty()) {
            return Boolean.FALSE;
        }
        if (equalities + orderBy.size() > fields.size()) {
            return null;
        }
        Boolean backwards = null;
        int key = equalities;
        for (var sort : orderBy.entrySet()) {
            if (!sort.getKey().equals(fields.get(key)) || !(sort.getValue() instanceof Number direction)) {
                return null;
            }
            boolean reversed = (direction.doubleValue() > 0) != order.ascending(key);
            if (backwards != null && backwards != reversed) {
                return null;
            }
            backwards = reversed;
            key++;
        }
        return backwards;
    }

    List<String> fields() {
        return fields;
    }

    /**
     * The values of an entry as a document of the index's fields, leaving out those the document
     * lacks (null or missing: to the operators a covered count allows, one is as the other).
     */
    Document valuesOf(OrderedKey key) {
        Document values = new Document();
        for (int i = 0; i < fields.size(); i++) {
            Object value = key.value(i);
            if (!Missing.isNullOrMissing(value)) {
                values.put(fields.get(i), value);
            }
        }
        return values;
    }

    /** A sparse index leaves out documents without its fields, so it cannot stand for the whole collection. */
    boolean coversEveryDocument() {
        return !isSparse() && !entries.multiKey();
    }

    private List<OrderedKey> keysOf(Document document) {
        Object id = document.get("_id");
        Object[] scalars = scalarValues(document);
        if (scalars != null) {
            return isSparse() && Arrays.stream(scalars).allMatch(Objects::isNull)
                    ? List.of() : List.of(new OrderedKey(scalars, id));
        }
        Set<KeyValue> values = getKeyValues(document);
        if (values.isEmpty()) {
            // an empty array gives no combination of values: MongoDB indexes it as null, the other keys as they are
            return isSparse() ? List.of() : List.of(new OrderedKey(valuesWithEmptyArraysAsNull(document), id));
        }
        List<OrderedKey> keys = new ArrayList<>(values.size());
        for (KeyValue value : values) {
            if (isSparse() && value.stream().allMatch(Objects::isNull)) {
                continue;
            }
            keys.add(new OrderedKey(value.stream().toArray(), id));
        }
        return keys;
    }

    /**
     * The key's values as the server's {@code getKeyValues} gives them (numbers as doubles, absent as
     * null) when every field is a top-level one holding neither an array nor an embedded document:
     * the common case, without the server's walk along split paths, which was a fifth of its time
     * in a rebuild. Null otherwise.
     */
    private Object[] scalarValues(Document document) {
        if (!topLevelFields) {
            return null;
        }
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = document.get(fields.get(i));
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                return null;
            }
            values[i] = normalized(value);
        }
        return values;
    }

    /** As the server normalises a key's value: numbers compare as doubles, unless a long has no exact double. */
    private static Object normalized(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return null;
        }
        if (value instanceof Long whole && (long) whole.doubleValue() != whole) {
            return whole;
        }
        if (value instanceof Number number) {
            double real = number.doubleValue();
            return real == 0.0d ? 0.0d : real; // -0.0 == 0.0 too: both are kept as 0.0
        }
        return value;
    }

    /** Only when an indexed array is empty, and then it is the only array (two would be parallel, refused before). */
    private Object[] valuesWithEmptyArraysAsNull(Document document) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, fields.get(i));
            if (value instanceof Collection<?>) {
                value = null;
            }
            values[i] = Missing.isNullOrMissing(value) ? null : value;
        }
        return values;
    }

    /**
     * None: the server asks every index where a document it updates is stored and takes the one
     * answer they give; the unique {@code _id} index every collection has gives it. Looking the
     * document's entry up here too only repeated that answer, at the cost of a lookup in the H2
     * map per ordered index and update (9 % of the server's time in a rebuild).
     */
    @Override
    public P getPosition(Document document) {
        return null;
    }

    /** Reading the keys refuses parallel arrays in a compound index, as MongoDB does, before anything is written. */
    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        keysOf(document);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        if (!entries.multiKey() && holdsAnArray(document)) {
            entries.markMultiKey();
        }
        keysOf(document).forEach(key -> entries.put(key, position));
    }

    private boolean holdsAnArray(Document document) {
        return fields.stream().anyMatch(field -> Utils.getSubdocumentValueCollectionAware(document, field) instanceof Collection<?>);
    }

    @Override
    public P remove(Document document) {
        P position = null;
        for (OrderedKey key : keysOf(document)) {
            P removed = entries.remove(key);
            if (removed != null) {
                position = removed;
            }
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        keysOf(newDocument);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        List<OrderedKey> before = keysOf(oldDocument);
        List<OrderedKey> after = keysOf(newDocument);
        if (sameValues(before, after)) {
            return;
        }
        before.forEach(entries::remove);
        if (!entries.multiKey() && holdsAnArray(newDocument)) {
            entries.markMultiKey();
        }
        after.forEach(key -> entries.put(key, position));
    }

    private static boolean sameValues(List<OrderedKey> before, List<OrderedKey> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!Arrays.equals(before.get(i).values(), after.get(i).values())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new UnsupportedOperationException("an ordered index is read through IndexedQueries");
    }

    @Override
    public long getCount() {
        return entries.size();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.drop();
    }
}
