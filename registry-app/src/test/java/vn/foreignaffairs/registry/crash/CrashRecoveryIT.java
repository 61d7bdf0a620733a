package vn.foreignaffairs.registry.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.DelegationRequests;
import vn.foreignaffairs.registry.support.ReadModels;

/**
 * Kills the registry with SIGKILL in the middle of concurrent writes on its embedded H2 file
 * store, restarts it, and proves that every write acknowledged to a client has its events in the
 * store, that the read models converge, that they equal what a rebuild from scratch
 * produces, and that the audit ledger verifies with the same head before and after. Runs the packaged jar as a separate process, after {@code package}.
 */
class CrashRecoveryIT {

    private static final Path JAR = Path.of("target", "registry-app.jar");
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final String CLAIM_TIMEOUT = "25s";

    private final Path workDir = Path.of("target", "crash-it");
    private final Path dataDir = workDir.resolve("data");
    private final int httpPort = freePort();
    private final int mongoPort = freePort();
    private Process registry;
    private int starts;

    @AfterEach
    void stop() throws InterruptedException {
        if (registry != null && registry.isAlive()) {
            registry.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledgedWritesSurviveAKillTheReadModelsEqualARebuildAndTheLedgerVerifies() throws Exception {
        deleteRecursively(workDir);
        Files.createDirectories(dataDir);
        start();
        Api api = new Api(httpPort);

        Map<String, Long> acknowledged = writeConcurrentlyAndKill(api);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL / 2);

        start();
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            MongoDatabase store = mongo.getDatabase("registry");
            Map<String, Long> stored = storedVersions(store);
            acknowledged.forEach((id, version) -> assertThat(stored.getOrDefault(id, 0L))
                    .as("events of acknowledged delegation %s (version %d)", id, version)
                    .isGreaterThanOrEqualTo(version));
            // Every stored event, not only the acknowledged ones: a write in flight at the kill may
            // have stored its event. A pause in the read models alone proves nothing, because the
            // restarted instance claims the segments only once the killed one's claims time out.
            stored.forEach((id, version) -> awaitVersion(api, id, version));
            Map<String, List<Document>> converged = ReadModels.awaitStable(store, Duration.ofSeconds(1), Duration.ofSeconds(60));
            JsonNode head = verifiedHead(api);
            stopGracefully();

            dropReadModels();
            start();
            Map<String, List<Document>> rebuilt = ReadModels.awaitEqual(store, converged, Duration.ofSeconds(120));
            assertThat(ReadModels.differences(converged, rebuilt)).as("read models after the crash versus a rebuild").isEmpty();
            assertThat(verifiedHead(api)).as("the ledger after the processors started over").isEqualTo(head);
        }
    }

    /** Each stored delegation's version: the number of its events in the store. */
    private static Map<String, Long> storedVersions(MongoDatabase store) {
        Map<String, Long> versions = new TreeMap<>();
        for (Document event : store.getCollection("domainevents").find(Filters.eq("type", "Delegation"))
                .projection(new Document("aggregateIdentifier", 1).append("sequenceNumber", 1))) {
            versions.merge(event.getString("aggregateIdentifier"),
                    ((Number) event.get("sequenceNumber")).longValue() + 1, Math::max);
        }
        assertThat(versions).as("stored delegations").isNotEmpty();
        return versions;
    }

    /** Waits until the ledger has chained every stored event, verifies it, and answers its head. */
    private static JsonNode verifiedHead(Api api) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Api.Response verified;
        do {
            verified = api.post("inspector", "/api/v1/audit/verify", null);
            JsonNode body = verified.body();
            if (verified.status() == 200 && body.path("pendingCount").asLong() == 0
                    && body.path("unchainedCount").asLong() == 0) {
                assertThat(body.path("status").asText()).as("ledger verification: %s", body).isEqualTo("OK");
                return body.path("head");
            }
            sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the ledger did not chain every event: " + verified);
    }

    private Map<String, Long> writeConcurrentlyAndKill(Api api) throws InterruptedException {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    try {
                        Api.Response created = api.post("officer", "/api/v1/delegations",
                                DelegationRequests.newDelegation("plannedItemId", "R-JP-01"));
                        if (created.status() == 201 || created.status() == 202) {
                            String id = created.body().path("id").asText();
                            acknowledged.put(id, 1L);
                            Api.Response submitted = api.post("officer", "/api/v1/delegations/" + id + "/submit", null);
                            if (submitted.status() == 200 || submitted.status() == 202) {
                                acknowledged.put(id, 2L);
                            }
                        }
                    } catch (RuntimeException connectionLost) {
                        // the registry was killed while this request was in flight: not acknowledged
                    }
                }
            });
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        registry.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        registry.waitFor(30, TimeUnit.SECONDS);
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return new TreeMap<>(acknowledged);
    }

    private void awaitVersion(Api api, String id, long version) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Api.Response read;
        do {
            read = api.get("inspector", "/api/v1/delegations/" + id);
            if (read.status() == 200 && read.body().path("version").asLong() >= version) {
                return;
            }
            sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("delegation " + id + " did not reach version " + version + ": " + read);
    }

    /** With the registry stopped: empties every read model and forgets the processors' progress. */
    private void dropReadModels() {
        H2Backend backend = new H2Backend(dataDir.resolve("registry.mv").toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", 0);
            try (MongoClient mongo = MongoClients.create(
                    "mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                MongoDatabase store = mongo.getDatabase("registry");
                for (String name : store.listCollectionNames()) {
                    if (name.equals("trackingtokens") || !ReadModels.NOT_PROJECTED.contains(name)) {
                        store.getCollection(name).deleteMany(new Document());
                    }
                }
            }
        } finally {
            server.shutdown();
            backend.close();
        }
    }

    private void start() throws IOException, InterruptedException {
        starts++;
        String java = ProcessHandle.current().info().command().orElse("java");
        registry = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toString(),
                "--spring.profiles.active=demo",
                "--server.port=" + httpPort,
                "--registry.mongodb.embedded.data-dir=" + dataDir,
                "--registry.mongodb.embedded.port=" + mongoPort,
                // longer than a start takes, so the restart after the kill always finds the
                // killed instance's claims still held and must wait them out
                "--registry.mongodb.claim-timeout=" + CLAIM_TIMEOUT)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("registry-" + starts + ".log").toFile())
                .start();
        Api api = new Api(httpPort);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(registry.isAlive()).as("the registry exited; see " + workDir + "/registry-" + starts + ".log")
                    .isTrue();
            try {
                if (api.get(null, "/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the registry did not start within 3 minutes");
    }

    private void stopGracefully() throws InterruptedException {
        registry.destroy(); // SIGTERM: Spring closes the context and the store flushes
        assertThat(registry.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }
}
