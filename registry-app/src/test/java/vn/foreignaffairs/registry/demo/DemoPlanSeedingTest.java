package vn.foreignaffairs.registry.demo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.PlannedItem;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Instances started together on one store seed the demo plans at the same time: every start
 * must go through, and the plan must be drafted, submitted and approved as one plan, not fail
 * one start with "cannot submit a plan that is APPROVED".
 */
class DemoPlanSeedingTest extends RegistryIntegrationTest {

    private static final int STARTS = 8;
    private static final MetaData SYSTEM = MetaData.from(Map.of(AuditMetadata.ACTOR, "system",
            AuditMetadata.ROLE, Role.ADMIN.name(), AuditMetadata.REASON, "demo seeding test"));

    @Autowired
    private DemoData demoData;

    @Autowired
    private MongoDatabase database;

    /** Twenty plans, one race each: a race lost only in some interleavings shows in one of them. */
    static IntStream years() {
        return IntStream.rangeClosed(2076, 2095);
    }

    @ParameterizedTest
    @MethodSource("years")
    void startsSeedingOnePlanAtOnceAllGoThroughAndExactlyOneApprovesIt(int year) throws Exception {
        DemoData.SeedPlan plan = new DemoData.SeedPlan("SKHDT", year, "1/QĐ-UBND", LocalDate.of(year - 1, 12, 20),
                List.of(new PlannedItem("R-JP-01", Direction.OUTBOUND, "JP", null, "Xúc tiến đầu tư", 1, null, 5,
                        300_000_000L)));

        List<Boolean> seeded = seedAtOnce(plan);

        assertThat(seeded).as("starts that approved the plan").containsOnlyOnce(true);
        String id = "SKHDT:" + year;
        assertThat(events(id, "AnnualPlanSubmitted")).isEqualTo(1);
        assertThat(events(id, "AnnualPlanApproved")).isEqualTo(1);
        assertThat(demoData.seedApprovedPlan(plan, SYSTEM)).as("a later start").isFalse();
    }

    private List<Boolean> seedAtOnce(DemoData.SeedPlan plan) throws Exception {
        ExecutorService starts = Executors.newFixedThreadPool(STARTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                results.add(starts.submit(() -> {
                    go.await();
                    return demoData.seedApprovedPlan(plan, SYSTEM);
                }));
            }
            go.countDown();
            List<Boolean> seeded = new ArrayList<>();
            for (Future<Boolean> result : results) {
                seeded.add(result.get());
            }
            return seeded;
        } finally {
            starts.shutdownNow();
        }
    }

    private long events(String aggregate, String type) {
        return database.getCollection("domainevents").countDocuments(and(eq("aggregateIdentifier", aggregate),
                eq("payloadType", "vn.foreignaffairs.registry.api.plan." + type)));
    }
}
