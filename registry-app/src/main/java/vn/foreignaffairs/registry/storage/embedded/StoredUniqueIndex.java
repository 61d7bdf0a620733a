package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * A unique index of the H2 file store, as the server's own ({@code H2UniqueIndex}) but with keys
 * compared by value ({@link StoredValues}): the server's compares its keys by serialising both on
 * every step of a lookup, which made each insert and each lookup by a unique key cost tens of
 * serialisations. Kept in a map of its own name, so a store written before gets it built anew.
 */
final class StoredUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVStore store;
    private final MVMap<KeyValue, Object> entries;

    StoredUniqueIndex(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.store = store;
        this.entries = store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new KeyType())
                .valueType(new StoredValues.Type()));
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return entries.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return entries.putIfAbsent(keyValue, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return entries.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return entries.get(keyValue);
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
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
        store.removeMap(entries);
    }

    private static final class KeyType extends BasicDataType<KeyValue> {

        private final StoredValues values = new StoredValues();

        @Override
        public int compare(KeyValue a, KeyValue b) {
            int size = Math.min(a.size(), b.size());
            for (int i = 0; i < size; i++) {
                int byValue = ValueOrder.SERVER.compare(a.get(i), b.get(i));
                if (byValue != 0) {
                    return byValue;
                }
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public int getMemory(KeyValue key) {
            return values.memory(key.stream().toArray());
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            values.write(buffer, key.stream().toArray());
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            return new KeyValue(values.readAll(buffer));
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }
    }
}
