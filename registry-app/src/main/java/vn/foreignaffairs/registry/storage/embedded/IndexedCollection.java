package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.stream.Stream;

/**
 * What {@link IndexedQueries} needs of a collection of the embedded server: the server keeps
 * these steps to its collection classes, so each of our collection classes hands them over.
 */
interface IndexedCollection<P> extends MongoCollection<P> {

    Document documentAt(P position);

    boolean matches(Document document, Document query);

    /** The server's own matching, sorting and batching of the documents at {@code positions}. */
    QueryResult fromPositions(Document query, Iterable<P> positions, Document orderBy, int skip, int limit,
                              int batchSize, Document fieldSelector);

    /** The server's matching and batching of documents already in the order asked for. */
    QueryResult fromOrdered(Document query, Stream<Document> documents, int skip, int limit, int batchSize,
                            Document fieldSelector);

    /** The server's plan: every document of the collection. */
    QueryResult unplanned(Document query, Document orderBy, int skip, int limit, int batchSize,
                          Document fieldSelector);

    CursorRegistry cursors();
}
