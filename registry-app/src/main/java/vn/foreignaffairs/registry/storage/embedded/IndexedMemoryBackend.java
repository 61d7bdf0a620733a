package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;

/** mongo-java-server's in-memory backend with ordered indexes ({@link OrderedIndexes}): for tests and scratch stores. */
public final class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        /** A {@code countDocuments} is counted through the planner, not aggregated over every document ({@link CountPipeline}). */
        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databases,
                                      Oplog oplog) {
            return CountPipeline.handle(command, query, getDatabaseName(),
                    (name, arguments) -> super.handleCommand(channel, name, arguments, databases, oplog));
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IndexedMemoryCollection(this, collectionName, options, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                            boolean sparse) {
            return OrderedIndexes.secondary(indexName, keys, sparse, (name, order) -> new HeapIndexEntries<>(order));
        }
    }
}
