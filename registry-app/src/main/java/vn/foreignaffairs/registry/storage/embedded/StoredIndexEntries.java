package vn.foreignaffairs.registry.storage.embedded;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Index entries of the H2 file store, in an MVStore map of their own beside the collection's
 * documents: committed with them, so the index and its data never disagree after a crash, and
 * paged through H2's cache, so the heap does not grow with the log.
 */
final class StoredIndexEntries implements IndexEntries<Object> {

    private static final String MULTI_KEY = "multiKey";
    private static final int STRETCH = 128;

    private final MVStore store;
    private final MVMap<OrderedKey, Object> entries;
    private final MVMap<String, Boolean> facts;

    StoredIndexEntries(MVStore store, String mapName, KeyOrder order) {
        this.store = store;
        this.entries = store.openMap(mapName, new MVMap.Builder<OrderedKey, Object>().keyType(new KeyType(order))
                .valueType(new StoredValues.Type()));
        this.facts = store.openMap(mapName + ".facts");
    }

    @Override
    public void put(OrderedKey key, Object position) {
        entries.put(key, position);
    }

    @Override
    public Object remove(OrderedKey key) {
        return entries.remove(key);
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long size() {
        return entries.sizeAsLong();
    }

    @Override
    public void clear() {
        entries.clear();
        facts.clear();
    }

    @Override
    public void drop() {
        store.removeMap(entries);
        store.removeMap(facts);
    }

    /**
     * Reads the entries a stretch at a time, each stretch from the store's current version. An
     * MVStore cursor reads the version it was opened on, whose pages the store may reuse once
     * later versions are committed: a scan that outlives a few commits (a long index scan while
     * events are written, a client cursor read batch by batch) would find them gone.
     */
    @Override
    public Iterator<Object> positions(OrderedKey first, OrderedKey last, boolean backwards) {
        return read(first, last, backwards, (key, cursor) -> cursor.getValue());
    }

    @Override
    public Iterator<OrderedKey> keys(OrderedKey first, OrderedKey last) {
        return read(first, last, false, (key, cursor) -> key);
    }

    /** From the page counts of the map's tree: two lookups, however many entries lie between. */
    @Override
    public long count(OrderedKey first, OrderedKey last) {
        return startOf(last, true) - startOf(first, false);
    }

    /** Index of the first entry after ({@code after}) or at {@code key}, in the current version. */
    private long startOf(OrderedKey key, boolean after) {
        long index = entries.getKeyIndex(key);
        if (index < 0) {
            return -index - 1;
        }
        return after ? index + 1 : index;
    }

    private <T> Iterator<T> read(OrderedKey first, OrderedKey last, boolean backwards,
                                 BiFunction<OrderedKey, Cursor<OrderedKey, Object>, T> take) {
        return new Iterator<>() {
            private final Deque<T> buffered = new ArrayDeque<>();
            private OrderedKey from = backwards ? last : first;
            private OrderedKey after;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (buffered.isEmpty() && !exhausted) {
                    readStretch();
                }
                return !buffered.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.poll();
            }

            private void readStretch() {
                Cursor<OrderedKey, Object> cursor = backwards ? entries.cursor(from, first, true)
                        : entries.cursor(from, last, false);
                while (buffered.size() < STRETCH && cursor.hasNext()) {
                    OrderedKey key = cursor.next();
                    if (after != null && entries.getKeyType().compare(key, after) == 0) {
                        continue; // where the previous stretch ended
                    }
                    buffered.add(take.apply(key, cursor));
                    after = key;
                }
                exhausted = buffered.size() < STRETCH;
                from = after;
            }
        };
    }

    @Override
    public boolean multiKey() {
        return Boolean.TRUE.equals(facts.get(MULTI_KEY));
    }

    @Override
    public void markMultiKey() {
        facts.put(MULTI_KEY, Boolean.TRUE);
    }

    /** Stores a key as its values and id ({@link StoredValues}); compares them as the index orders. */
    private static final class KeyType extends BasicDataType<OrderedKey> {

        private final KeyOrder order;
        private final StoredValues values = new StoredValues();

        KeyType(KeyOrder order) {
            this.order = order;
        }

        @Override
        public int compare(OrderedKey a, OrderedKey b) {
            return order.compare(a, b);
        }

        @Override
        public int getMemory(OrderedKey key) {
            return values.memory(key.values()) + values.memory(key.id());
        }

        @Override
        public void write(WriteBuffer buffer, OrderedKey key) {
            values.write(buffer, key.values());
            values.write(buffer, key.id());
        }

        @Override
        public OrderedKey read(ByteBuffer buffer) {
            return new OrderedKey(values.readAll(buffer), values.read(buffer));
        }

        @Override
        public OrderedKey[] createStorage(int size) {
            return new OrderedKey[size];
        }
    }
}
