package vn.foreignaffairs.registry.storage.embedded;

import java.util.Comparator;

/**
 * The order of an {@link OrderedIndex}: value by value in the direction of each index key, as
 * MongoDB sorts (the server's own order, {@link ValueOrder}, so that a scan in index order is the
 * order a sort on those keys gives), then by {@code _id}.
 */
final class KeyOrder implements Comparator<OrderedKey> {

    private static final Comparator<Object> VALUES = ValueOrder.SERVER;

    private final boolean[] ascending;

    KeyOrder(boolean[] ascending) {
        this.ascending = ascending.clone();
    }

    boolean ascending(int key) {
        return ascending[key];
    }

    int keys() {
        return ascending.length;
    }

    @Override
    public int compare(OrderedKey a, OrderedKey b) {
        for (int i = 0; i < ascending.length; i++) {
            int byValue = VALUES.compare(a.value(i), b.value(i));
            if (byValue != 0) {
                return ascending[i] ? byValue : -byValue;
            }
        }
        return VALUES.compare(a.id(), b.id());
    }
}
