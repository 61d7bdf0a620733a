package vn.foreignaffairs.registry.storage.embedded;

import java.util.Arrays;

/**
 * One entry of an {@link OrderedIndex}: the indexed values of a document, in the index's key
 * order, and the document's {@code _id}, which makes the entry unique and breaks ties. Bounds of
 * a scan are keys of the same shape padded with {@code MinKey} and {@code MaxKey}.
 */
final class OrderedKey {

    private final Object[] values;
    private final Object id;

    OrderedKey(Object[] values, Object id) {
        this.values = values;
        this.id = id;
    }

    /** The values themselves, for storing them; not to be changed. */
    Object[] values() {
        return values;
    }

    Object value(int index) {
        return values[index];
    }

    int size() {
        return values.length;
    }

    Object id() {
        return id;
    }

    @Override
    public String toString() {
        return Arrays.toString(values) + "#" + id;
    }
}
