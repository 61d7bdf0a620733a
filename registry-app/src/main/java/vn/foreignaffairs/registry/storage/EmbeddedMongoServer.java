package vn.foreignaffairs.registry.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.foreignaffairs.registry.storage.embedded.IndexedMemoryBackend;

/**
 * The embedded default: mongo-java-server on loopback, speaking the real wire protocol, with
 * its H2 file backend (or its in-memory backend for tests). The registry talks to it through
 * the same driver it would use against a real MongoDB.
 */
public class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final MongoBackend backend;
    private final String connectionString;

    public EmbeddedMongoServer(StorageProperties.Embedded settings) {
        this.backend = settings.inMemory() ? new IndexedMemoryBackend() : fileBackend(settings.dataDir());
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", settings.port());
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
        if (settings.inMemory()) {
            log.info("Embedded MongoDB-compatible server (in memory, nothing is kept) listening on {}",
                    connectionString);
        } else {
            log.info("Embedded MongoDB-compatible server listening on {}; data lives in {}. "
                            + "To use a real MongoDB instead, set REGISTRY_MONGODB_URI (see docker-compose.yml).",
                    connectionString, settings.dataDir().toAbsolutePath().normalize());
        }
    }

    private static MongoBackend fileBackend(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        return new DurableH2Backend(dataDir.resolve("registry.mv").toString());
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
