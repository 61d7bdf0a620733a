package vn.foreignaffairs.registry.storage.embedded;

import java.util.Comparator;

/**
 * The order of an {@link OrderedIndex}: value by value in the direction of each index key, as
 * MongoDB sorts (the server's own order, {@link ValueOrder}, so that a scan in index order is the
 * order a sort on those keys gives), then by {@code _id}.
 */
final class KeyOrder implements Comparator<OrderedKey> {

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
            int byValue = ValueOrder.SERVER.compare(a.value(i), b.value(i));
            if (byValue != 0) {
                return ascending[i] ? byValue : -byValue;
            }
        }
        return ValueOrder.SERVER.compare(a.id(), b.id());
    }
}
