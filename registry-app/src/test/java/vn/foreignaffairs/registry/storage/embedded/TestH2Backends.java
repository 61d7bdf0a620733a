package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/** H2 backends for tests: the indexed one the registry uses, on an MVStore in memory or in a file. */
final class TestH2Backends {

    private TestH2Backends() {
    }

    static MongoBackend inMemoryIndexed() {
        return indexed(MVStore.open(null));
    }

    static H2Backend indexed(MVStore store) {
        return new H2Backend(store) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String databaseName) {
                return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
            }
        };
    }
}
