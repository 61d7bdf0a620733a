package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Which ordered indexes a collection of the embedded server keeps: one for every index a client
 * creates that is not unique (the server itself would ignore it), and one beside every unique
 * index (the server reads a unique index only to find an exact match of all its keys, never a
 * prefix, a range or an order; {@code _id} included, which the audit ledger reads in order).
 */
final class OrderedIndexes {

    static final String BESIDE_UNIQUE = "$ordered";

    private OrderedIndexes() {
    }

    static <P> OrderedIndex<P> secondary(String name, List<IndexKey> keys, boolean sparse,
                                         BiFunction<String, KeyOrder, IndexEntries<P>> entries) {
        KeyOrder order = OrderedIndex.orderOf(keys);
        return new OrderedIndex<>(name, keys, sparse, order, entries.apply(name, order));
    }

    static <P> OrderedIndex<P> besideUnique(Index<P> unique, BiFunction<String, KeyOrder, IndexEntries<P>> entries) {
        return secondary(unique.getName() + BESIDE_UNIQUE, unique.getKeys(), false, entries);
    }

    static boolean isBesideUnique(String indexName) {
        return indexName.endsWith(BESIDE_UNIQUE);
    }
}
