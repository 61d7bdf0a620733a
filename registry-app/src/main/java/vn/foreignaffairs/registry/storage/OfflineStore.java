package vn.foreignaffairs.registry.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;

/**
 * The store, opened by a command run beside (not inside) the registry: a MongoDB given by
 * {@code --mongodb-uri}, or else the embedded H2 file in {@code --data-dir} (default
 * {@code ./data}), which only one process may hold, so the registry must be stopped first.
 */
public final class OfflineStore implements AutoCloseable {

    private final EmbeddedMongoServer embedded;
    private final MongoClient client;
    private final MongoDatabase database;

    private OfflineStore(EmbeddedMongoServer embedded, String uri, String database) {
        this.embedded = embedded;
        this.client = MongoClients.create(uri);
        this.database = client.getDatabase(database);
    }

    public static OfflineStore open(Map<String, String> options) {
        String database = options.getOrDefault("database", "registry");
        String uri = options.get("mongodb-uri");
        if (uri != null && !uri.isBlank()) {
            return new OfflineStore(null, uri, database);
        }
        Path dataDir = Path.of(options.getOrDefault("data-dir", "./data"));
        EmbeddedMongoServer embedded;
        try {
            embedded = new EmbeddedMongoServer(new StorageProperties.Embedded(dataDir, false, 0));
        } catch (IllegalStateException locked) {
            throw new IllegalStateException("Cannot open the data in " + dataDir.toAbsolutePath()
                    + ": stop the registry first (" + locked.getMessage() + ")", locked);
        }
        return new OfflineStore(embedded, embedded.connectionString(), database);
    }

    public MongoDatabase database() {
        return database;
    }

    /** Whether the server holds the database; asked of the server, so that asking creates nothing. */
    public boolean databaseExists() {
        return client.listDatabaseNames().into(new ArrayList<>()).contains(database.getName());
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
