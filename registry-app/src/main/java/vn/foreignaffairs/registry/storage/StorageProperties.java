package vn.foreignaffairs.registry.storage;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the registry keeps its data. With no {@code uri} (environment variable
 * {@code REGISTRY_MONGODB_URI}) it starts the embedded MongoDB-compatible server.
 *
 * @param uri            a MongoDB connection string; empty for the embedded server
 * @param database       the database holding events, tokens and read models
 * @param embedded       settings of the embedded server
 * @param claimTimeout   how long an event-processor segment stays claimed by an instance that
 *                       stopped extending its claim, before another instance may take it
 * @param nodeId         this instance's name in the token store; empty for a generated one
 */
@ConfigurationProperties("registry.mongodb")
public record StorageProperties(
        String uri,
        @DefaultValue("registry") String database,
        @DefaultValue Embedded embedded,
        @DefaultValue("10s") Duration claimTimeout,
        String nodeId) {

    /**
     * @param dataDir  folder of the H2 file backend
     * @param inMemory keep everything in memory (tests); nothing survives a restart
     * @param port     loopback port to listen on; 0 picks a free one
     */
    public record Embedded(@DefaultValue("./data") Path dataDir,
                           @DefaultValue("false") boolean inMemory,
                           @DefaultValue("0") int port) {
    }

    public boolean useEmbedded() {
        return uri == null || uri.isBlank();
    }
}
