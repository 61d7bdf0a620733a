package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the H2 store keeps the values of an index key and the ids of documents: an object id in its
 * twelve bytes, any other value as H2 keeps any value; compared as MongoDB compares values. H2's
 * own type keeps an object it does not know (the server's object id, the key of a unique index)
 * by Java serialisation, and compares such keys by serialising both sides at every step of a
 * lookup.
 */
final class StoredValues {

    private static final byte ANY = 0;
    private static final byte OBJECT_ID = 1;

    private final ObjectDataType values = new ObjectDataType();

    int memory(Object[] keyValues) {
        int memory = 16;
        for (Object value : keyValues) {
            memory += memory(value);
        }
        return memory;
    }

    int memory(Object value) {
        return value instanceof ObjectId ? 40 : values.getMemory(value);
    }

    void write(WriteBuffer buffer, Object[] keyValues) {
        buffer.putVarInt(keyValues.length);
        for (Object value : keyValues) {
            write(buffer, value);
        }
    }

    void write(WriteBuffer buffer, Object value) {
        if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
        } else {
            buffer.put(ANY);
            values.write(buffer, value);
        }
    }

    Object[] readAll(ByteBuffer buffer) {
        Object[] keyValues = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < keyValues.length; i++) {
            keyValues[i] = read(buffer);
        }
        return keyValues;
    }

    Object read(ByteBuffer buffer) {
        if (buffer.get() == OBJECT_ID) {
            byte[] id = new byte[12];
            buffer.get(id);
            return new ObjectId(id);
        }
        return values.read(buffer);
    }

    /** Values one by one, as a map's key (a document's id) or value (a document's position). */
    static final class Type extends BasicDataType<Object> {

        private final StoredValues values = new StoredValues();

        @Override
        public int compare(Object a, Object b) {
            return ValueOrder.SERVER.compare(a, b);
        }

        @Override
        public int getMemory(Object value) {
            return values.memory(value);
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            values.write(buffer, value);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return values.read(buffer);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
