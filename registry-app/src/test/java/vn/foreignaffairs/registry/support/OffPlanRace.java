package vn.foreignaffairs.registry.support;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.bson.Document;

/**
 * Many approvals of off-plan delegations of one agency and year, fired at once, possibly at
 * several instances: checks that exactly the quota's limit succeed, the rest are refused with
 * OFF_PLAN_QUOTA_EXCEEDED, and the quota's read model agrees with the event store.
 */
public final class OffPlanRace {

    private OffPlanRace() {
    }

    /** Creates, submits and has SNGV agree to {@code count} off-plan delegations departing in {@code year}. */
    public static List<String> prepare(Api api, String officer, int year, int count) throws Exception {
        List<Callable<String>> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(() -> {
                Map<String, Object> body = new HashMap<>(DelegationRequests.newOffPlanDelegation("SNGV"));
                body.put("departureDate", year + "-04-10");
                body.put("returnDate", year + "-04-14");
                body.put("programme", List.of(Map.of("date", year + "-04-11", "place", "Seoul", "content", "Làm việc")));
                Api.Response created = api.post(officer, "/api/v1/delegations", body);
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                String id = created.id();
                assertThat(api.post(officer, "/api/v1/delegations/" + id + "/submit", null).status()).isEqualTo(200);
                assertThat(api.post("reviewer", "/api/v1/delegations/" + id + "/consultations",
                        Map.of("agency", "SNGV", "opinion", "AGREE")).status()).isEqualTo(200);
                return id;
            });
        }
        return run(steps, 4);
    }

    /** Approves every delegation at once, spreading the requests over the given instances. */
    public static List<Api.Response> approveAllAtOnce(List<Api> instances, List<String> ids) throws Exception {
        List<Callable<Api.Response>> approvals = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Api instance = instances.get(i % instances.size());
            String id = ids.get(i);
            approvals.add(() -> instance.post("leader", "/api/v1/delegations/" + id + "/approve",
                    DelegationRequests.decision()));
        }
        return run(approvals, approvals.size());
    }

    /** Exactly {@code limit} approvals succeeded and everything recorded agrees with that. */
    public static void assertQuotaHeld(List<Api.Response> responses, int limit, Api api, MongoDatabase store,
                                       String agency, int year, List<String> ids) {
        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(limit);
        assertThat(responses).filteredOn(response -> response.status() != 200)
                .hasSize(ids.size() - limit)
                .allSatisfy(response -> {
                    assertThat(response.status()).as(response.toString()).isEqualTo(409);
                    assertThat(response.code()).isEqualTo("OFF_PLAN_QUOTA_EXCEEDED");
                });

        String plan = agency + ":" + year;
        long taken = store.getCollection("domainevents").countDocuments(and(eq("aggregateIdentifier", plan),
                eq("payloadType", "vn.foreignaffairs.registry.api.plan.OffPlanSlotTaken")));
        assertThat(taken).as("slots taken in the event store").isEqualTo(limit);
        long approved = store.getCollection("domainevents").countDocuments(and(in("aggregateIdentifier", ids),
                eq("payloadType", "vn.foreignaffairs.registry.api.delegation.DelegationApproved")));
        assertThat(approved).as("approvals in the event store").isEqualTo(limit);

        Awaitility.await("the quota read model").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response quota = api.get("inspector", "/api/v1/quotas/" + agency + "/" + year);
            assertThat(quota.body().path("used").asInt()).isEqualTo(limit);
            assertThat(quota.body().path("remaining").asInt()).isZero();
        });
        Awaitility.await("every delegation's read model at its last event").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    for (String id : ids) {
                        long events = store.getCollection("domainevents").countDocuments(eq("aggregateIdentifier", id));
                        Document view = store.getCollection("delegations").find(eq("id", id)).first();
                        assertThat(view).isNotNull();
                        assertThat(((Number) view.get("version")).longValue()).as("version of " + id).isEqualTo(events);
                    }
                });
    }

    private static <T> List<T> run(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
