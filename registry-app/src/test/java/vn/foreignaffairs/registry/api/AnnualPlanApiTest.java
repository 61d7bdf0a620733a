package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.DelegationRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

class AnnualPlanApiTest extends RegistryIntegrationTest {

    private static final String PATH = "/api/v1/plans/SCT/2032";

    private static Map<String, Object> item(String id, String country) {
        return Map.of("itemId", id, "direction", "OUTBOUND", "countryCode", country, "purpose", "Xúc tiến thương mại",
                "plannedQuarter", 2, "size", 4, "estimatedCostVnd", 200_000_000L);
    }

    @Test
    void aPlanIsDraftedSubmittedReturnedRevisedApprovedAndAmended() {
        Api.Response drafted = api.put("officer2", PATH, Map.of("items", List.of(item("R-KR", "KR"))));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(200);
        assertThat(drafted.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.post("officer2", PATH + "/submit", null, "If-Match", drafted.header("ETag")).status())
                .isEqualTo(200);
        Api.Response returned = api.post("reviewer", PATH + "/return", Map.of("reason", "Thiếu dự toán"));
        assertThat(returned.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(returned.body().path("returnReason").asText()).isEqualTo("Thiếu dự toán");

        api.put("officer2", PATH, Map.of("items", List.of(item("R-KR", "KR"), item("R-TH", "TH"))));
        api.post("officer2", PATH + "/submit", null);
        Api.Response approved = api.post("leader", PATH + "/approve",
                Map.of("decisionNumber", "3200/QĐ-UBND", "decisionDate", "2031-12-20"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("items")).hasSize(2);

        Api.Response proposed = api.post("officer2", PATH + "/amendments",
                Map.of("addedItems", List.of(item("R-DE", "DE")), "withdrawnItemIds", List.of("R-TH"),
                        "reason", "Đối tác Thái Lan hoãn"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String amendment = proposed.header("Location").substring(proposed.header("Location").lastIndexOf('/') + 1);
        Api.Response second = api.post("officer2", PATH + "/amendments",
                Map.of("addedItems", List.of(item("R-FR", "FR")), "reason", "Thêm"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("AMENDMENT_PENDING");

        Api.Response amended = api.post("leader", PATH + "/amendments/" + amendment + "/approve",
                Map.of("decisionNumber", "150/QĐ-UBND", "decisionDate", "2032-03-01"));
        assertThat(amended.status()).isEqualTo(200);
        List<String> items = amended.body().path("items").findValuesAsText("itemId");
        assertThat(items).containsExactlyInAnyOrder("R-KR", "R-DE");
        assertThat(amended.body().path("amendments").get(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(api.get("officer", "/api/v1/plans?year=2032").body().findValuesAsText("agency")).contains("SCT");
    }

    @Test
    void aDelegationRealisesAnItemOfTheApprovedPlanOrIsOffPlan() {
        Api.Response unknownItem = api.post("officer", "/api/v1/delegations",
                DelegationRequests.newDelegation("plannedItemId", "R-NOWHERE"));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.body().path("errors").get(0).path("code").asText()).isEqualTo("PLANNED_ITEM_NOT_FOUND");
        assertThat(unknownItem.body().path("errors").get(0).path("field").asText()).isEqualTo("plannedItemId");

        Map<String, Object> noPlanThatYear = DelegationRequests.newDelegation("departureDate", "2040-01-05");
        noPlanThatYear.put("returnDate", "2040-01-08");
        Api.Response noPlan = api.post("officer", "/api/v1/delegations", noPlanThatYear);
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.body().path("errors").get(0).path("code").asText()).isEqualTo("PLANNED_ITEM_NOT_FOUND");
    }

    @Test
    void plansAreTheAgencysOwnAndDecidedByReviewersOrLeadership() {
        Api.Response otherAgency = api.put("officer", "/api/v1/plans/SCT/2033", Map.of("items", List.of(item("A", "JP"))));
        assertThat(otherAgency.status()).isEqualTo(403);
        assertThat(otherAgency.code()).isEqualTo("NOT_OWN_AGENCY");
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertThat(api.put(user, "/api/v1/plans/SCT/2033", Map.of("items", List.of())).status()).isEqualTo(403);
        }
        api.put("officer2", "/api/v1/plans/SCT/2033", Map.of("items", List.of(item("A", "JP"))));
        api.post("officer2", "/api/v1/plans/SCT/2033/submit", null);
        Map<String, Object> decision = Map.of("decisionNumber", "1/QĐ", "decisionDate", "2032-12-01");
        assertThat(api.post("officer2", "/api/v1/plans/SCT/2033/approve", decision).status()).isEqualTo(403);
        assertThat(api.post("inspector", "/api/v1/plans/SCT/2033/approve", decision).status()).isEqualTo(403);
    }

    @Test
    void badPlansAreRefusedWithTheirFields() {
        Api.Response noItems = api.put("officer2", "/api/v1/plans/SCT/2034", Map.of());
        assertThat(noItems.status()).isEqualTo(400);
        assertThat(noItems.body().path("errors").get(0).path("field").asText()).isEqualTo("items");
        Api.Response duplicate = api.put("officer2", "/api/v1/plans/SCT/2034",
                Map.of("items", List.of(item("A", "JP"), item("A", "KR"))));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().path("errors").get(0).path("code").asText()).isEqualTo("DUPLICATE_ITEM");
        Api.Response badQuarter = api.put("officer2", "/api/v1/plans/SCT/2034", Map.of("items", List.of(
                Map.of("direction", "OUTBOUND", "countryCode", "JP", "purpose", "x", "plannedQuarter", 5, "size", 1))));
        assertThat(badQuarter.status()).isEqualTo(400);
        assertThat(badQuarter.body().path("errors").get(0).path("field").asText()).isEqualTo("items[0].plannedQuarter");
        assertThat(api.get("leader", "/api/v1/plans/SCT/2099").status()).isEqualTo(404);
        assertThat(api.get("leader", "/api/v1/plans/SCT/1066").status()).isEqualTo(404);
        assertThat(api.post("leader", "/api/v1/plans/SCT/2034/approve",
                Map.of("decisionNumber", "1", "decisionDate", "2033-01-01")).status()).isEqualTo(404);
        Api.Response stale = api.put("officer2", "/api/v1/plans/SCT/2034",
                Map.of("items", List.of(item("A", "JP"))));
        assertThat(api.put("officer2", "/api/v1/plans/SCT/2034", Map.of("items", List.of(item("B", "JP"))),
                "If-Match", "\"" + (stale.version() + 4) + "\"").code()).isEqualTo("STALE_VERSION");
    }
}
