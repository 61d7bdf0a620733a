package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.stream.Stream;

/** A collection of the in-memory backend whose queries are planned over ordered indexes. */
final class IndexedMemoryCollection extends MemoryCollection implements IndexedCollection<Integer> {

    private final IndexedQueries<Integer> queries = new IndexedQueries<>(this);

    IndexedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
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
    public synchronized void addIndex(Index<Integer> index) {
        super.addIndex(index);
        if (index.isUnique() && getIdField() != null) {
            super.addIndex(OrderedIndexes.besideUnique(index, (name, order) -> new HeapIndexEntries<>(order)));
        }
    }

    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
        if (getIndexes().stream().anyMatch(index -> index.getName().equals(indexName + OrderedIndexes.BESIDE_UNIQUE))) {
            super.dropIndex(indexName + OrderedIndexes.BESIDE_UNIQUE);
        }
    }

    @Override
    public Document documentAt(Integer position) {
        return getDocument(position);
    }

    @Override
    public boolean matches(Document document, Document query) {
        return documentMatchesQuery(document, query);
    }

    @Override
    public QueryResult fromPositions(Document query, Iterable<Integer> positions, Document orderBy, int skip, int limit,
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
