package vn.foreignaffairs.registry.web.idempotency;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** A write repeated with the same Idempotency-Key has one effect and gets the same answer. */
class IdempotencyApiTest extends RegistryIntegrationTest {

    private static final String DELEGATIONS = "/api/v1/delegations";

    @Autowired
    MongoDatabase database;

    @Autowired
    ObjectMapper json;

    private long events() {
        return database.getCollection("domainevents").countDocuments();
    }

    @Test
    void theSameRequestTwiceCreatesOneDelegationAndGetsTheSameAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = events();

        Api.Response first = api.post("officer", DELEGATIONS, newDelegation(), "Idempotency-Key", key);
        Api.Response second = api.post("officer", DELEGATIONS, newDelegation(), "Idempotency-Key", key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.raw().body()).isEqualTo(first.raw().body());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(before + 1);

        Document drafted = database.getCollection("domainevents").find(eq("aggregateIdentifier", first.id())).first();
        JsonNode metadata = json.readTree(drafted.getString("serializedMetaData"));
        assertThat(metadata.path("requestId").asText()).isEqualTo(key);
    }

    @Test
    void aKeyUsedAgainForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(api.post("officer", DELEGATIONS, newDelegation(), "Idempotency-Key", key).status()).isEqualTo(201);
        long before = events();

        Api.Response otherBody = api.post("officer", DELEGATIONS, newDelegation("title", "Đoàn khác"),
                "Idempotency-Key", key);
        Api.Response otherPath = api.post("officer", DELEGATIONS + "/nope/submit", null, "Idempotency-Key", key);

        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(otherBody.header("Content-Type")).startsWith("application/problem+json");
        assertThat(otherPath.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void keysArePerUser() {
        String key = UUID.randomUUID().toString();
        Api.Response mine = api.post("officer", DELEGATIONS, newDelegation(), "Idempotency-Key", key);
        Api.Response theirs = api.post("officer2", DELEGATIONS, newDelegation("members", List.of()),
                "Idempotency-Key", key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.code()).isNotEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void refusalsAreRepeatedButServerFailuresAreNotKept() {
        String key = UUID.randomUUID().toString();
        Api.Response first = api.post("officer", DELEGATIONS, newDelegation("title", ""), "Idempotency-Key", key);
        Api.Response second = api.post("officer", DELEGATIONS, newDelegation("title", ""), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(400);
        assertThat(second.raw().body()).isEqualTo(first.raw().body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aKeyThatIsNotOneIsRefused() {
        Api.Response response = api.post("officer", DELEGATIONS, newDelegation(), "Idempotency-Key", "x".repeat(129));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void ofEightSimultaneousDuplicatesExactlyOneTakesEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = events();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Api.Response> responses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("officer", DELEGATIONS, newDelegation(), "Idempotency-Key", key);
                }));
            }
            start.countDown();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses).extracting(Api.Response::id).containsOnly(responses.get(0).id());
        assertThat(responses).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(events()).isEqualTo(before + 1);
        assertThat(database.getCollection(IdempotencyKeys.COLLECTION).countDocuments(eq("key", key))).isEqualTo(1);
    }
}
