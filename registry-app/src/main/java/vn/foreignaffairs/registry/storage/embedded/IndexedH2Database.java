package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the H2 file backend whose collections plan their queries over ordered indexes
 * kept in the same MVStore file ({@link StoredIndexEntries}). The documents stay in the maps the
 * server names ({@code databases.<ns>}, {@code meta.<ns>}), so a data folder written before
 * keeps its data and gets its indexes built on first open.
 */
public final class IndexedH2Database extends H2Database {

    /** The server opens a database's collections while constructing it, before this class's fields are set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private static final String DOCUMENTS = "._documents";

    private final MVStore store;

    public static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        OPENING.set(store);
        try {
            return new IndexedH2Database(databaseName, store, cursorRegistry);
        } finally {
            OPENING.remove();
        }
    }

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    private MVStore store() {
        return store != null ? store : OPENING.get();
    }

    /** A {@code countDocuments} is counted through the planner, not aggregated over every document ({@link CountPipeline}). */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databases,
                                  Oplog oplog) {
        return CountPipeline.handle(command, query, getDatabaseName(),
                (name, arguments) -> super.handleCommand(channel, name, arguments, databases, oplog));
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = documentsOf(store(), namespace);
        MVMap<String, Object> meta = store().openMap("meta." + namespace);
        return new IndexedH2Collection(this, collectionName, options, documents, meta, cursorRegistry, store());
    }

    /**
     * The collection's documents, kept as BSON ({@link BsonDocumentType}) under a name of their own
     * beside its indexes; those of a store written before, kept by Java serialisation in the
     * server's map {@code databases.<ns>}, are copied over once and that map removed.
     */
    private static MVMap<Object, Document> documentsOf(MVStore store, String namespace) {
        MVMap<Object, Document> documents = store.openMap(namespace + DOCUMENTS,
                new MVMap.Builder<Object, Document>().keyType(new StoredValues.Type()).valueType(BsonDocumentType.INSTANCE));
        String before = "databases." + namespace;
        if (store.hasMap(before)) {
            MVMap<Object, Document> serialised = store.openMap(before);
            serialised.forEach(documents::put);
            store.removeMap(serialised);
            store.commit();
        }
        return documents;
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        store().removeMap(getFullCollectionNamespace(collectionName) + DOCUMENTS);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        String namespace = getFullCollectionNamespace(collectionName);
        store().removeMap(namespace + "._index_" + indexName); // the server's own, if a store written before has one
        return new StoredUniqueIndex(store(), namespace + "._unique_" + indexName, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return OrderedIndexes.secondary(indexName, keys, sparse,
                entriesIn(store(), getFullCollectionNamespace(collectionName)));
    }

    static java.util.function.BiFunction<String, KeyOrder, IndexEntries<Object>> entriesIn(MVStore store,
                                                                                          String namespace) {
        return (indexName, order) -> new StoredIndexEntries(store, namespace + "._ordered_" + indexName, order);
    }
}
