package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A cursor that reads its documents only when the client asks for the next batch, from an index
 * scan that stopped after the first, holding the collection's lock while it reads as every
 * query does. Like a MongoDB cursor it does not isolate the client from writes made in between:
 * a document written meanwhile may or may not be seen.
 */
final class ReadOnCursor extends AbstractCursor {

    private final Iterator<Document> remaining;
    private final UnaryOperator<List<Document>> projection;
    private final Object collection;

    ReadOnCursor(long id, Iterator<Document> remaining, UnaryOperator<List<Document>> projection, Object collection) {
        super(id);
        this.remaining = remaining;
        this.projection = projection;
        this.collection = collection;
    }

    @Override
    public boolean isEmpty() {
        synchronized (collection) {
            return !remaining.hasNext();
        }
    }

    @Override
    public List<Document> takeDocuments(int numberToReturn) {
        synchronized (collection) {
            return projection.apply(IndexedQueries.take(remaining, numberToReturn));
        }
    }
}
