package vn.foreignaffairs.registry.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;
import vn.foreignaffairs.registry.storage.embedded.IndexedH2Database;

/**
 * mongo-java-server's H2 file backend, with every write that cannot be computed again committed
 * to the file before the write is acknowledged, and with ordered indexes ({@link IndexedH2Database}).
 * Left to itself, H2's MVStore commits on a background thread about once a second, so a killed
 * process lost the last second of acknowledged writes, events included (ADR 0002). A commit
 * hands the changes to the operating system, which keeps them through a crash of the process;
 * surviving a power cut as well needs a real MongoDB with journaling. Writes to read models and
 * tokens are left to the background commit ({@link DerivedCollections}).
 */
final class DurableH2Backend extends H2Backend {

    /** H2's page cache; its default of 16 MB made a rebuild read the same index pages from the file again and again. */
    static final int CACHE_MEGABYTES = 64;

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "create", "renamecollection");

    DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MEGABYTES).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Every command, from OP_MSG and legacy queries alike, passes here. */
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (mustReachTheFileFirst(command, query)) {
            commit();
        }
        return answer;
    }

    private static boolean mustReachTheFileFirst(String command, Document query) {
        if (command == null || !WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !(query.get(command) instanceof String collection && DerivedCollections.contains(collection));
    }
}
