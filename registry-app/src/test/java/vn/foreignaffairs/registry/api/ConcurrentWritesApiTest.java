package vn.foreignaffairs.registry.api;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Decisions racing on one record: exactly one wins, the others get a clear refusal. */
class ConcurrentWritesApiTest extends RegistryIntegrationTest {

    private static final int RACERS = 12;

    @Autowired
    MongoDatabase database;

    private List<Api.Response> race(Callable<Api.Response> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return write.call();
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofManyRacingDecisionsExactlyOneIsRecorded() throws Exception {
        String id = createSubmitted("officer").id();
        List<Api.Response> responses = race(() -> Math.random() < 0.5
                ? api.post("leader", "/api/v1/delegations/" + id + "/approve", decision())
                : api.post("reviewer", "/api/v1/delegations/" + id + "/reject", reason("Trùng lịch")));

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .hasSize(RACERS - 1)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("ILLEGAL_TRANSITION"));
        assertThat(database.getCollection("domainevents").countDocuments(eq("aggregateIdentifier", id))).isEqualTo(3);
        Api.Response read = api.get("leader", "/api/v1/delegations/" + id);
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.body().path("status").asText()).isIn("APPROVED", "REJECTED");
    }

    @Test
    void ofManyRacingEditsWithTheSameVersionExactlyOneWins() throws Exception {
        Api.Response created = createDraft("officer");
        String etag = created.header("ETag");
        List<Api.Response> responses = race(() -> api.post("officer",
                "/api/v1/delegations/" + created.id() + "/submit", null, "If-Match", etag));

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 412)
                .hasSize(RACERS - 1)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("STALE_VERSION"));
        assertThat(database.getCollection("domainevents").countDocuments(eq("aggregateIdentifier", created.id())))
                .isEqualTo(2);
    }
}
