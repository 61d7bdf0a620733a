package vn.foreignaffairs.registry.storage.embedded;

import java.util.Iterator;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Index entries of the in-memory store. Iteration is weakly consistent, as a MongoDB cursor is. */
final class HeapIndexEntries<P> implements IndexEntries<P> {

    private final ConcurrentSkipListMap<OrderedKey, P> entries;
    private final AtomicLong size = new AtomicLong();
    private volatile boolean multiKey;

    HeapIndexEntries(KeyOrder order) {
        this.entries = new ConcurrentSkipListMap<>(order);
    }

    @Override
    public void put(OrderedKey key, P position) {
        if (entries.put(key, position) == null) {
            size.incrementAndGet();
        }
    }

    @Override
    public P remove(OrderedKey key) {
        P position = entries.remove(key);
        if (position != null) {
            size.decrementAndGet();
        }
        return position;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long size() {
        return size.get();
    }

    @Override
    public void clear() {
        entries.clear();
        size.set(0);
    }

    @Override
    public void drop() {
        clear();
    }

    @Override
    public Iterator<P> positions(OrderedKey first, OrderedKey last, boolean backwards) {
        NavigableMap<OrderedKey, P> range = entries.subMap(first, true, last, true);
        return (backwards ? range.descendingMap() : range).values().iterator();
    }

    @Override
    public Iterator<OrderedKey> keys(OrderedKey first, OrderedKey last) {
        return entries.subMap(first, true, last, true).keySet().iterator();
    }

    /** By walking the keys: the in-memory store is for tests and small data. */
    @Override
    public long count(OrderedKey first, OrderedKey last) {
        return entries.subMap(first, true, last, true).size();
    }

    @Override
    public boolean multiKey() {
        return multiKey;
    }

    @Override
    public void markMultiKey() {
        multiKey = true;
    }
}
