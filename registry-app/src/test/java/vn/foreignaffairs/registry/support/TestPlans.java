package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Approved annual plans with one outbound item, {@link #PLANNED_ITEM}, for the demo officers'
 * agencies and the years tests use, so that ordinary test delegations are on-plan and do not
 * use the off-plan quota.
 */
public final class TestPlans {

    public static final String PLANNED_ITEM = DelegationDetailsBuilder.PLANNED_ITEM;

    private static final Map<String, Object> ITEM = Map.of("itemId", PLANNED_ITEM, "direction", "OUTBOUND",
            "countryCode", "JP", "purpose", "Xúc tiến đầu tư", "plannedQuarter", 1, "size", 5,
            "estimatedCostVnd", 300_000_000L);

    private static final Set<String> READY = ConcurrentHashMap.newKeySet();

    private TestPlans() {
    }

    /** Makes sure each agency and officer pair has an approved plan for each year (once per server). */
    public static synchronized void ensure(Api api, int port) {
        for (String[] agencyAndOfficer : new String[][] {{"SKHDT", "officer"}, {"SCT", "officer2"}}) {
            for (int year = 2025; year <= 2031; year++) {
                String key = port + "/" + agencyAndOfficer[0] + "/" + year;
                if (READY.contains(key)) {
                    continue;
                }
                approve(api, agencyAndOfficer[0], agencyAndOfficer[1], year);
                READY.add(key);
            }
        }
    }

    public static void approve(Api api, String agency, String officer, int year) {
        String path = "/api/v1/plans/" + agency + "/" + year;
        Api.Response existing = api.get("leader", path);
        if (existing.status() == 200 && existing.body().path("status").asText().equals("APPROVED")) {
            for (var item : existing.body().path("items")) {
                if (item.path("itemId").asText().equals(PLANNED_ITEM)) {
                    return;
                }
            }
            Api.Response proposed = api.post(officer, path + "/amendments", Map.of("addedItems", List.of(ITEM),
                    "reason", "Bổ sung đoàn thử nghiệm"));
            assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
            String amendment = proposed.header("Location").substring(proposed.header("Location").lastIndexOf('/') + 1);
            Api.Response approved = api.post("leader", path + "/amendments/" + amendment + "/approve",
                    Map.of("decisionNumber", "BS-" + year + "/QĐ-UBND", "decisionDate", year + "-01-05"));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            return;
        }
        Api.Response drafted = api.put(officer, path, Map.of("items", List.of(ITEM)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(200);
        assertThat(api.post(officer, path + "/submit", null).status()).isEqualTo(200);
        Api.Response approved = api.post("leader", path + "/approve",
                Map.of("decisionNumber", "KH-" + year + "/QĐ-UBND", "decisionDate", (year - 1) + "-12-20"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }
}
