package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.ValueComparator;
import java.nio.ByteBuffer;
import java.util.Comparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the H2 store keeps the values of an index key: each value as H2 keeps any value, compared
 * as MongoDB compares values. H2's own key type compares an object it does not know (the
 * server's key of a unique index) by serialising both sides on every comparison of a lookup; this
 * compares the values themselves and serialises only when a page is written.
 */
final class StoredValues {

    static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType values = new ObjectDataType();

    int memory(Object[] keyValues) {
        int memory = 16;
        for (Object value : keyValues) {
            memory += values.getMemory(value);
        }
        return memory;
    }

    int memory(Object value) {
        return values.getMemory(value);
    }

    void write(WriteBuffer buffer, Object[] keyValues) {
        buffer.putVarInt(keyValues.length);
        for (Object value : keyValues) {
            values.write(buffer, value);
        }
    }

    void write(WriteBuffer buffer, Object value) {
        values.write(buffer, value);
    }

    Object[] readAll(ByteBuffer buffer) {
        Object[] keyValues = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < keyValues.length; i++) {
            keyValues[i] = values.read(buffer);
        }
        return keyValues;
    }

    Object read(ByteBuffer buffer) {
        return values.read(buffer);
    }
}
