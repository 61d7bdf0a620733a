package vn.foreignaffairs.registry.bench;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.foreignaffairs.registry.RegistryApplication;
import vn.foreignaffairs.registry.storage.EmbeddedMongoServer;
import vn.foreignaffairs.registry.storage.StorageProperties;

/**
 * The store and the registry under test: the embedded MongoDB-compatible server exactly as the
 * registry runs it (H2 file backend committing every write, in a temporary folder, or in memory),
 * and the registry started in this JVM on it with the demo profile, on a free port.
 */
final class BenchRegistry implements AutoCloseable {

    static final String DATABASE = "registry";

    private final Path dataDir;
    private final EmbeddedMongoServer server;
    private ConfigurableApplicationContext context;

    BenchRegistry(boolean inMemory) throws IOException {
        this.dataDir = Files.createTempDirectory("registry-bench");
        this.server = new EmbeddedMongoServer(new StorageProperties.Embedded(dataDir, inMemory, 0));
    }

    String connectionString() {
        return server.connectionString();
    }

    /** Starts the registry; returns how long the start took in milliseconds. */
    long start() {
        long started = System.nanoTime();
        // Command-line arguments: they outrank application.yml (default properties would not).
        context = new SpringApplicationBuilder(RegistryApplication.class)
                .profiles("demo")
                .run("--server.port=0",
                        "--registry.mongodb.uri=" + server.connectionString(),
                        "--registry.mongodb.database=" + DATABASE,
                        "--spring.main.banner-mode=off");
        return (System.nanoTime() - started) / 1_000_000;
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    MongoDatabase database() {
        return bean("readModelDatabase", MongoDatabase.class);
    }

    @Override
    public void close() throws IOException {
        if (context != null) {
            context.close();
        }
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
