package vn.foreignaffairs.registry.storage;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.foreignaffairs.registry.RegistryApplication;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;
import vn.foreignaffairs.registry.storage.embedded.IndexedMemoryBackend;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.OffPlanRace;

/**
 * Scale-out on one store: two registry instances (two application contexts, each with its own
 * Axon configuration, command bus and locks) sharing one store over the wire, each running one
 * thread per event processor. They split the two segments of a processor between them through
 * the token store; both accept commands; only the event store's unique index stands between
 * them when they race for the last off-plan slots; every event is handled exactly once across
 * both, and every read model ends at its record's last event.
 */
class TwoInstancesOnOneStoreTest {

    private static final int RACE_YEAR = 2061;
    private static final int YEAR = 2063;
    private static final String READ_MODELS = ReadModelProcessor.NAME;

    private MongoServer store;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeEach
    void startTwoInstancesOnOneStore() {
        store = new MongoServer(new IndexedMemoryBackend());
        String uri = store.bindAndGetConnectionString();
        // Started together: with one thread each, neither handles the other's segment of the read
        // models, so neither finishes its start (the demo waits for agencies) without the other.
        // The second sets up logging only once the first has: Spring Boot's logging of two starts
        // at once in one JVM fails ("Unable to find Spring Environment in logger context").
        CountDownLatch firstLogging = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(
                () -> start(uri, "instance-a", firstLogging::countDown));
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> {
            awaitQuietly(firstLogging);
            return start(uri, "instance-b", () -> { });
        });
        first = a.join();
        second = b.join();
    }

    @AfterEach
    void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        store.shutdownNow();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ConfigurableApplicationContext start(String uri, String nodeId, Runnable loggingReady) {
        String log = "--axon.eventhandling.processors." + SegmentDeliveryLog.PROCESSING_GROUP;
        return new SpringApplicationBuilder(RegistryApplication.class, SegmentDeliveryLog.class).profiles("demo")
                .listeners((ApplicationListener<ApplicationContextInitializedEvent>) initialized -> loggingReady.run())
                .run("--server.port=0", "--registry.mongodb.uri=" + uri, "--registry.mongodb.node-id=" + nodeId,
                        log + ".mode=tracking", log + ".initial-segment-count=2", log + ".thread-count=1",
                        log + ".batch-size=10",
                        "--axon.eventhandling.processors." + READ_MODELS + ".thread-count=1");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void ofFiftyApprovalsSplitOverTwoInstancesExactlyTheLimitSucceed() throws Exception {
        Api a = api(first);
        Api b = api(second);
        List<String> ids = OffPlanRace.prepare(a, "officer", RACE_YEAR, 50);
        List<Api.Response> responses = OffPlanRace.approveAllAtOnce(List.of(a, b), ids);
        OffPlanRace.assertQuotaHeld(responses, 2, b, first.getBean(MongoDatabase.class), "SKHDT", RACE_YEAR, ids);
    }

    @Test
    void bothInstancesTakeASegmentAndEveryEventIsHandledOnceAcrossThem() throws Exception {
        MongoDatabase database = first.getBean(MongoDatabase.class);
        awaitOwners(database, SegmentDeliveryLog.PROCESSING_GROUP);
        awaitOwners(database, READ_MODELS);

        Api a = api(first);
        Api b = api(second);
        List<String> ids = new ArrayList<>(OffPlanRace.prepare(a, "officer", YEAR, 12));
        ids.addAll(OffPlanRace.prepare(b, "officer", YEAR, 12));
        List<Api.Response> responses = OffPlanRace.approveAllAtOnce(List.of(a, b), ids);
        OffPlanRace.assertQuotaHeld(responses, 2, b, database, "SKHDT", YEAR, ids);

        long events = database.getCollection("domainevents").countDocuments();
        Awaitility.await("every event in the segment log").atMost(Duration.ofSeconds(60))
                .until(() -> database.getCollection(SegmentDeliveryLog.COLLECTION).countDocuments() >= events);
        List<Document> deliveries = database.getCollection(SegmentDeliveryLog.COLLECTION).find().into(new ArrayList<>());
        Set<String> delivered = new HashSet<>();
        deliveries.forEach(delivery -> delivered.add(delivery.getString("eventId")));
        assertThat(delivered).as("each event handled once across both instances").hasSize(deliveries.size());
        assertThat(deliveries).as("every stored event handled").hasSize((int) events);
        assertThat(deliveries).extracting(delivery -> delivery.getString("instance")).as("both instances handled events")
                .contains("instance-a", "instance-b");
    }

    /** Each instance owns one of the processor's two segments. */
    private static void awaitOwners(MongoDatabase database, String processor) {
        Awaitility.await("the segments of " + processor + " split").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Object> owners = database.getCollection("trackingtokens").find(eq("processorName", processor))
                    .map(token -> token.get("owner")).into(new ArrayList<>());
            assertThat(owners).containsExactlyInAnyOrder("instance-a", "instance-b");
        });
    }
}
