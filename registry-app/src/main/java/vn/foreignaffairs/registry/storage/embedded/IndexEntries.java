package vn.foreignaffairs.registry.storage.embedded;

import java.util.Iterator;

/**
 * Where an {@link OrderedIndex} keeps its entries, sorted by its {@link KeyOrder}: on the heap
 * for the in-memory store, in an H2 map beside the documents for the file store (so that a large
 * log does not have to fit in the heap, and the index survives a restart with its data).
 *
 * @param <P> the position of a document in its collection
 */
interface IndexEntries<P> {

    void put(OrderedKey key, P position);

    P remove(OrderedKey key);

    boolean isEmpty();

    long size();

    void clear();

    /** Lets go of the entries for good: the index or its collection was dropped. */
    void drop();

    /** Positions of the entries from {@code first} to {@code last} (both bounds in index order), or backwards. */
    Iterator<P> positions(OrderedKey first, OrderedKey last, boolean backwards);

    /** Keys of the entries from {@code first} to {@code last}, in index order. */
    Iterator<OrderedKey> keys(OrderedKey first, OrderedKey last);

    /** How many entries lie from {@code first} to {@code last}. */
    long count(OrderedKey first, OrderedKey last);

    /** Whether some document gave more than one entry (an indexed field held an array). */
    boolean multiKey();

    void markMultiKey();
}
