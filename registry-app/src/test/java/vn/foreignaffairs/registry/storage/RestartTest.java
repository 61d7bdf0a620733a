package vn.foreignaffairs.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.foreignaffairs.registry.RegistryApplication;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;
import vn.foreignaffairs.registry.audit.ledger.LedgerVerification;
import vn.foreignaffairs.registry.audit.ledger.LedgerVerifier;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.DelegationRequests;
import vn.foreignaffairs.registry.support.TestPlans;

/**
 * The embedded default keeps everything across a restart: events, tracking tokens, read models
 * and users are still there, and no event is handed to a projector a second time.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RegistryApplication.class, DeliveryLog.class)
                .profiles("demo")
                .run("--server.port=0", "--registry.mongodb.embedded.data-dir=" + dataDir,
                        "--registry.mongodb.embedded.in-memory=false");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static long events(ConfigurableApplicationContext context) {
        return context.getBean(MongoDatabase.class).getCollection("domainevents").countDocuments();
    }

    private static List<String> deliveries(ConfigurableApplicationContext context) {
        return context.getBean(MongoDatabase.class).getCollection(DeliveryLog.COLLECTION).find()
                .map(document -> document.getString("eventId")).into(new ArrayList<>());
    }

    private static long chained(ConfigurableApplicationContext context) {
        return context.getBean(MongoDatabase.class).getCollection("audit_ledger").countDocuments();
    }

    private static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).until(condition);
    }

    @Test
    void everythingSurvivesARestartAndNothingIsProjectedTwice() {
        String id;
        long eventsBefore;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            TestPlans.approve(api, "SKHDT", "officer", 2027);
            TestPlans.approve(api, "SCT", "officer2", 2027);
            id = api.post("officer", "/api/v1/delegations", DelegationRequests.newDelegation()).id();
            assertThat(api.post("officer", "/api/v1/delegations/" + id + "/submit", null).status()).isEqualTo(200);
            assertThat(api.post("leader", "/api/v1/delegations/" + id + "/approve", decision()).status()).isEqualTo(200);
            eventsBefore = events(first);
            await("every event in the delivery log", () -> deliveries(first).size() == eventsBefore);
            await("every event in the audit ledger", () -> chained(first) == eventsBefore);
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            assertThat(events(second)).as("no event lost and demo data not seeded twice").isEqualTo(eventsBefore);
            Api.Response read = api.get("officer", "/api/v1/delegations/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().path("status").asText()).isEqualTo("APPROVED");
            assertThat(read.version()).isEqualTo(3);
            assertThat(second.getBean(MongoDatabase.class).getCollection("trackingtokens")
                    .countDocuments(new Document("processorName", ReadModelProcessor.NAME))).isPositive();

            String next = api.post("officer2", "/api/v1/delegations", DelegationRequests.newDelegation()).id();
            assertThat(api.get("officer2", "/api/v1/delegations/" + next).status()).isEqualTo(200);
            long eventsAfter = events(second);
            await("the new event in the delivery log", () -> deliveries(second).size() >= eventsAfter);
            List<String> delivered = deliveries(second);
            assertThat(new HashSet<>(delivered)).as("each event delivered once").hasSize(delivered.size());
            assertThat(delivered).hasSize((int) eventsAfter);
            await("the new event chained, nothing chained twice", () -> chained(second) == eventsAfter);
            LedgerVerification verified = second.getBean(LedgerVerifier.class).verify();
            assertThat(verified.ok()).as(verified.explanation()).isTrue();
            assertThat(verified.head().position()).isEqualTo(eventsAfter);
        }
    }
}
