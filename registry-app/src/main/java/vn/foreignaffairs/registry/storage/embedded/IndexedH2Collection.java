package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/** A collection of the H2 file backend whose queries are planned over ordered indexes. */
final class IndexedH2Collection extends H2Collection implements IndexedCollection<Object> {

    private final IndexedQueries<Object> queries = new IndexedQueries<>(this);
    private final MVStore store;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry,
                        MVStore store) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
        this.store = store;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        return queries.query(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** Counted from an index's entries where one can tell, else as the server counts. */
    @Override
    public int count(Document query, int skip, int limit) {
        Integer counted = queries.count(query, skip, limit);
        return counted != null ? counted : super.count(query, skip, limit);
    }

    @Override
    public synchronized void addIndex(Index<Object> index) {
        super.addIndex(index);
        if (index.isUnique() && getIdField() != null) {
            super.addIndex(OrderedIndexes.besideUnique(index, IndexedH2Database.entriesIn(store, getFullName())));
        }
    }

    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
        if (getIndexes().stream().anyMatch(index -> index.getName().equals(indexName + OrderedIndexes.BESIDE_UNIQUE))) {
            super.dropIndex(indexName + OrderedIndexes.BESIDE_UNIQUE);
        }
    }

    /**
     * While an update runs, every document it reads from the file's map is a copy. The server
     * updates the document instance it read in place, and H2's background writer may be writing
     * that very instance to the file at the same moment: a torn document on disk, or a
     * ConcurrentModificationException that closes the store (seen in the benchmark's rebuild).
     * With copies, an instance in the map is never changed once put; the update puts its own
     * copy. Plain reads, which change nothing, get the stored instance.
     */
    private static final ThreadLocal<Boolean> UPDATING = ThreadLocal.withInitial(() -> false);

    @Override
    public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        return updating(() -> super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog));
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        return updating(() -> super.findAndModify(query));
    }

    private static Document updating(Supplier<Document> update) {
        UPDATING.set(true);
        try {
            return update.get();
        } finally {
            UPDATING.set(false);
        }
    }

    @Override
    protected Document getDocument(Object position) {
        Document stored = super.getDocument(position);
        return stored != null && UPDATING.get() ? stored.cloneDeeply() : stored;
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        Stream<DocumentWithPosition<Object>> stored = super.streamAllDocumentsWithPosition();
        return UPDATING.get()
                ? stored.map(document -> new DocumentWithPosition<>(document.getDocument().cloneDeeply(), document.getPosition()))
                : stored;
    }

    @Override
    public Document documentAt(Object position) {
        return getDocument(position);
    }

    @Override
    public boolean matches(Document document, Document query) {
        return documentMatchesQuery(document, query);
    }

    @Override
    public QueryResult fromPositions(Document query, Iterable<Object> positions, Document orderBy, int skip, int limit,
                                     int batchSize, Document fieldSelector) {
        return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
    }

    @Override
    public QueryResult fromOrdered(Document query, Stream<Document> documents, int skip, int limit, int batchSize,
                                   Document fieldSelector) {
        return matchDocumentsFromStream(query, documents, skip, limit, batchSize, null, fieldSelector);
    }

    @Override
    public QueryResult unplanned(Document query, Document orderBy, int skip, int limit, int batchSize,
                                 Document fieldSelector) {
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    @Override
    public CursorRegistry cursors() {
        return cursorRegistry;
    }
}
