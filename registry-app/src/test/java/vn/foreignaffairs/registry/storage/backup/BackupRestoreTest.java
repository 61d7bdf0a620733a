package vn.foreignaffairs.registry.storage.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.foreignaffairs.registry.RegistryApplication;
import vn.foreignaffairs.registry.storage.OfflineCommands;
import vn.foreignaffairs.registry.storage.embedded.IndexedMemoryBackend;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ReadModels;

/**
 * Backup and restore: the whole event log with its ledger entries, written by a running
 * registry and imported into an empty store; a registry started on the import rebuilds read
 * models equal to the original's. Each registry has a store of its own.
 */
class BackupRestoreTest {

    @TempDir
    Path folder;

    private MongoServer originalStore;
    private MongoServer restoredStore;
    private ConfigurableApplicationContext original;
    private ConfigurableApplicationContext restored;

    @BeforeEach
    void startTheOriginal() {
        originalStore = new MongoServer(new IndexedMemoryBackend());
        restoredStore = new MongoServer(new IndexedMemoryBackend());
        original = start(originalStore.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {restored, original}) {
            if (context != null) {
                context.close();
            }
        }
        originalStore.shutdownNow();
        restoredStore.shutdownNow();
    }

    private static ConfigurableApplicationContext start(String uri) {
        return new SpringApplicationBuilder(RegistryApplication.class).profiles("demo")
                .run("--server.port=0", "--registry.mongodb.uri=" + uri);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void aRestoredBackupRebuildsTheSameReadModels() throws Exception {
        Api api = api(original);
        for (int i = 0; i < 3; i++) {
            String id = created(api);
            assertThat(api.post("officer", "/api/v1/delegations/" + id + "/submit", null).status()).isEqualTo(200);
            if (i > 0) {
                assertThat(api.post("leader", "/api/v1/delegations/" + id + "/approve", decision()).status())
                        .isEqualTo(200);
            }
        }
        String uri = restoredStore.bindAndGetConnectionString();
        try (MongoClient originalClient = MongoClients.create(originalStore.getConnectionString());
             MongoClient restoredClient = MongoClients.create(uri)) {
            MongoDatabase before = originalClient.getDatabase("registry");
            Map<String, List<Document>> originalModels =
                    ReadModels.awaitStable(before, Duration.ofMillis(500), Duration.ofSeconds(30));

            Api.Response backup = api.get("admin", "/api/v1/admin/backup");
            assertThat(backup.status()).isEqualTo(200);
            assertThat(backup.header("Content-Type")).startsWith("application/x-ndjson");
            Path file = folder.resolve("backup.jsonl");
            Files.writeString(file, backup.raw().body(), StandardCharsets.UTF_8);

            assertThat(run("restore", "--in=" + file, "--mongodb-uri=" + uri)).isZero();
            MongoDatabase after = restoredClient.getDatabase("registry");
            assertThat(sorted(after.getCollection("domainevents").find()))
                    .isEqualTo(sorted(before.getCollection("domainevents").find()));
            assertThat(after.getCollection("users").countDocuments())
                    .isEqualTo(before.getCollection("users").countDocuments());

            restored = start(uri);
            Map<String, List<Document>> rebuilt = ReadModels.awaitEqual(after, originalModels, Duration.ofSeconds(60));
            assertThat(ReadModels.differences(originalModels, rebuilt)).isEmpty();

            Api restoredApi = api(restored);
            JsonNode head = api.get("inspector", "/api/v1/audit/ledger/head").body();
            assertThat(head.path("position").asLong()).isPositive();
            assertThat(restoredApi.get("inspector", "/api/v1/audit/ledger/head").body()).isEqualTo(head);
            Api.Response verified = restoredApi.post("inspector", "/api/v1/audit/verify", null);
            assertThat(verified.body().path("status").asText()).as(verified.toString()).isEqualTo("OK");
            assertThat(verified.body().path("head")).isEqualTo(head);
        }
    }

    @Test
    void backupsAreForAdministratorsOnly() {
        Api api = api(original);
        assertThat(api.get(null, "/api/v1/admin/backup").status()).isEqualTo(401);
        for (String user : List.of("officer", "reviewer", "leader", "inspector")) {
            assertThat(api.get(user, "/api/v1/admin/backup").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aBackupIsRestoredOnlyWholeAndOnlyIntoAnEmptyStore() throws Exception {
        Api api = api(original);
        created(api);
        Path file = folder.resolve("backup.jsonl");
        Files.writeString(file, api.get("admin", "/api/v1/admin/backup").raw().body(), StandardCharsets.UTF_8);
        String uri = restoredStore.bindAndGetConnectionString();

        List<String> lines = Files.readAllLines(file);
        Path cut = folder.resolve("cut.jsonl");
        Files.write(cut, lines.subList(0, lines.size() - 2));
        assertThat(run("restore", "--in=" + cut, "--mongodb-uri=" + uri)).isEqualTo(1);
        assertThat(lastError).contains("cut short");

        Path garbled = folder.resolve("garbled.jsonl");
        List<String> changed = new ArrayList<>(lines);
        changed.set(2, "{not json");
        Files.write(garbled, changed);
        assertThat(run("restore", "--in=" + garbled, "--mongodb-uri=" + uri)).isEqualTo(1);
        assertThat(lastError).contains("Line 3");

        try (MongoClient client = MongoClients.create(uri)) {
            assertThat(client.getDatabase("registry").getCollection("domainevents").countDocuments()).isZero();
            assertThat(run("restore", "--in=" + file, "--mongodb-uri=" + uri)).isZero();
            long restoredEvents = client.getDatabase("registry").getCollection("domainevents").countDocuments();
            assertThat(run("restore", "--in=" + file, "--mongodb-uri=" + uri)).isEqualTo(1);
            assertThat(lastError).contains("already holds events");
            assertThat(client.getDatabase("registry").getCollection("domainevents").countDocuments())
                    .isEqualTo(restoredEvents);
        }
        assertThat(run("restore", "--mongodb-uri=" + uri)).isEqualTo(2);
        assertThat(run("restore", "in=" + file)).isEqualTo(2);
    }

    private String lastError = "";

    private int run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OfflineCommands.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        lastError = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static String created(Api api) {
        Api.Response created = api.post("officer", "/api/v1/delegations", newDelegation("plannedItemId", "R-JP-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static List<Document> sorted(Iterable<Document> documents) {
        List<Document> list = new ArrayList<>();
        documents.forEach(list::add);
        list.sort(Comparator.comparing(Document::toJson));
        return list;
    }

}
