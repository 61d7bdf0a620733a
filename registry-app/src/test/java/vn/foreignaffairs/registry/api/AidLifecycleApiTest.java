package vn.foreignaffairs.registry.api;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AidRequestBodies.DONORS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.PROJECTS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.amount;
import static vn.foreignaffairs.registry.support.AidRequestBodies.appraisal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.completion;
import static vn.foreignaffairs.registry.support.AidRequestBodies.decision;
import static vn.foreignaffairs.registry.support.AidRequestBodies.disbursement;
import static vn.foreignaffairs.registry.support.AidRequestBodies.donor;
import static vn.foreignaffairs.registry.support.AidRequestBodies.opinion;
import static vn.foreignaffairs.registry.support.AidRequestBodies.permit;
import static vn.foreignaffairs.registry.support.AidRequestBodies.proposal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.reason;
import static vn.foreignaffairs.registry.support.AidRequestBodies.receipt;
import static vn.foreignaffairs.registry.support.AidRequestBodies.revocation;
import static vn.foreignaffairs.registry.support.AidRequestBodies.visit;
import static vn.foreignaffairs.registry.support.AidSteps.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Donors and aid from the proposal to the completion report, refusal or revocation, and how they are found again. */
class AidLifecycleApiTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    ObjectMapper json;

    private AidSteps steps;

    @BeforeEach
    void steps() {
        steps = new AidSteps(api);
    }

    private static String path(String id, String step) {
        return PROJECTS + "/" + id + "/" + step;
    }

    @Test
    void aDonorIsRegisteredWithItsPermitAndThePermitRenewed() {
        Api.Response registered = api.post("officer", DONORS, donor("East Meets West Foundation", "FOREIGN_NGO", "US",
                permit("123/BNG-UBNV", "2024-01-15", "2029-01-14")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.id();
        assertThat(registered.header("Location")).isEqualTo(DONORS + "/" + id);
        assertThat(registered.header("ETag")).isEqualTo("\"1\"");
        assertThat(registered.body().path("permit").path("validUntil").asText()).isEqualTo("2029-01-14");
        assertThat(registered.body().path("registeredBy").asText()).isEqualTo("officer");

        Api.Response renewed = api.post("reviewer", DONORS + "/" + id + "/permits",
                permit("456/BNG-UBNV", "2029-01-15", "2034-01-14"), "If-Match", "\"1\"");
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(renewed.version()).isEqualTo(2);
        assertThat(renewed.body().path("permit").path("number").asText()).isEqualTo("456/BNG-UBNV");
        assertThat(renewed.body().path("permits")).hasSize(2);

        Api.Response read = api.get("inspector", DONORS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.body().path("kind").asText()).isEqualTo("FOREIGN_NGO");
    }

    @Test
    void theDonorListFiltersByCountryAndKind() {
        String country = "NZ";
        String ngo = steps.donor("Aotearoa Aid " + UUID.randomUUID(), "FOREIGN_NGO", country);
        String other = steps.donor("Auckland University " + UUID.randomUUID(), "OTHER_FOREIGN_BODY", country);
        List<String> ngos = new ArrayList<>();
        api.get("officer2", DONORS + "?country=NZ&kind=FOREIGN_NGO&size=100").body().path("items")
                .forEach(item -> ngos.add(item.path("id").asText()));
        assertThat(ngos).contains(ngo).doesNotContain(other);
        JsonNode page = api.get("officer2", DONORS + "?country=NZ&size=1&page=0").body();
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
    }

    @Test
    void theReceivingAgencyProposesTheReviewerAppraisesLeadershipApprovesAndTheMoneyIsRecorded() {
        String donor = steps.donor();
        Api.Response proposed = api.post("officer", PROJECTS, proposal(donor));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.id();
        assertThat(proposed.header("Location")).isEqualTo(PROJECTS + "/" + id);
        assertThat(proposed.header("ETag")).isEqualTo("\"1\"");
        assertThat(proposed.body().path("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.body().path("receivingAgency").asText()).isEqualTo("SKHDT");
        assertThat(proposed.body().path("appraisalDueDate").asText()).isEqualTo("2026-01-30");
        assertThat(proposed.body().path("committedVnd").decimalValue()).isEqualByComparingTo("3048000000");

        expect(api.post("reviewer", path(id, "consultations"), opinion("CA", "AGREE", null), "If-Match", "\"1\""), 200);
        Api.Response disagreed = expect(api.post("reviewer", path(id, "consultations"),
                opinion("SCT", "DISAGREE", "Trùng với dự án của tỉnh")), 200);
        assertThat(disagreed.body().path("opinions")).hasSize(2);

        Api.Response appraised = expect(api.post("reviewer", path(id, "appraise"),
                appraisal("FAVOURABLE", "2026-02-02"), "If-Match", "\"3\""), 200);
        assertThat(appraised.body().path("status").asText()).isEqualTo("APPRAISED");
        assertThat(appraised.body().path("appraisedLate").asBoolean()).isTrue();

        Api.Response approved = expect(api.post("leader", path(id, "approve"),
                decision("85/QĐ-UBND", "2026-02-05")), 200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("decision").path("approver").asText()).isNotBlank();
        assertThat(approved.body().path("startDeadline").asText()).isEqualTo("2026-08-05");
        assertThat(approved.body().path("year").asInt()).isEqualTo(2026);

        Api.Response received = expect(api.post("officer", path(id, "receipts"),
                receipt("2026-03-02", "40000.00", "USD", "25450")), 200);
        assertThat(received.body().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(received.body().path("startedOn").asText()).isEqualTo("2026-03-02");
        expect(api.post("officer", path(id, "receipts"), receipt("2026-03-10", "10000.00", "EUR", "27800.5")), 200);
        Api.Response disbursed = expect(api.post("officer", path(id, "disbursements"),
                disbursement("2026-03-20", "150000000", "VND", "1")), 200);
        JsonNode body = disbursed.body();
        assertThat(body.path("received")).hasSize(2);
        assertThat(body.path("received").get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(body.path("received").get(1).path("amount").decimalValue()).isEqualByComparingTo("40000.00");
        assertThat(body.path("receivedVnd").decimalValue()).isEqualByComparingTo("1296005000");
        assertThat(body.path("disbursedVnd").decimalValue()).isEqualByComparingTo("150000000");
        assertThat(body.path("transactions").get(2).path("recipient").asText()).isEqualTo("Trường TH Tam Hải");

        expect(api.post("reviewer", path(id, "monitoring-visits"), visit("2026-04-02")), 200);
        Api.Response adjusted = expect(api.post("leader", path(id, "adjustments"), Map.of(
                "decisionNumber", "210/QĐ-UBND", "decisionDate", "2026-06-01", "reason", "Nhà tài trợ tăng vốn",
                "committed", amount("150000.00", "USD", "25500", "2026-06-01"),
                "districts", List.of("Núi Thành", "Phú Ninh", "Tiên Phước"))), 200);
        assertThat(adjusted.body().path("details").path("districts")).hasSize(3);
        assertThat(adjusted.body().path("adjustments").get(0).path("previousCommitted").path("amount")
                .decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(adjusted.body().path("committedVnd").decimalValue()).isEqualByComparingTo("3825000000");

        Api.Response completed = expect(api.post("officer", path(id, "completion-report"),
                completion("2026-10-31")), 200);
        assertThat(completed.body().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.version()).isEqualTo(12);

        Api.Response read = steps.get(id);
        assertThat(read.header("ETag")).isEqualTo("\"12\"");
        assertThat(read.body().path("monitoringVisits").get(0).path("team").asText()).isEqualTo("Sở Ngoại vụ");
        assertThat(read.body().path("completion").path("results").asText()).isEqualTo("12 điểm trường có nước sạch");
    }

    @Test
    void leadershipRefusesAidWithAReason() {
        String id = steps.appraised().id();
        Api.Response refused = expect(api.post("leader", path(id, "refuse"), reason("Không phù hợp quy hoạch")), 200);
        assertThat(refused.body().path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.body().path("refusalReason").asText()).isEqualTo("Không phù hợp quy hoạch");
    }

    @Test
    void approvingAgainstAnUnfavourableAppraisalRecordsTheOverride() {
        String id = steps.proposed().id();
        expect(api.post("reviewer", path(id, "consultations"), opinion("CA", "AGREE", null)), 200);
        expect(api.post("reviewer", path(id, "appraise"), appraisal("UNFAVOURABLE", "2026-01-20")), 200);
        Map<String, Object> overriding = new HashMap<>(decision("86/QĐ-UBND", "2026-01-25"));
        overriding.put("overrideReason", "Nhu cầu cấp bách của địa phương");
        Api.Response approved = expect(api.post("leader", path(id, "approve"), overriding), 200);
        assertThat(approved.body().path("overrideReason").asText()).isEqualTo("Nhu cầu cấp bách của địa phương");
        assertThat(approved.body().path("appraisal").path("conclusion").asText()).isEqualTo("UNFAVOURABLE");
    }

    @Test
    void aidNotStartedWithinSixMonthsIsRevoked() {
        String id = steps.approved(proposal(steps.donor()), "2026-01-28", "2026-02-05").id();
        Api.Response revoked = expect(api.post("leader", path(id, "revoke"),
                revocation("300/QĐ-UBND", "2026-08-06")), 200);
        assertThat(revoked.body().path("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.body().path("revocation").path("reason").asText()).isEqualTo("Nhà tài trợ không chuyển vốn");
        assertThat(revoked.body().path("revocation").path("decision").path("number").asText())
                .isEqualTo("300/QĐ-UBND");
    }

    @Test
    void theListFiltersByAgencyDonorSectorDistrictStatusKindAndYear() {
        String district = "Xã thử " + UUID.randomUUID().toString().substring(0, 6);
        String donor = steps.donor();
        Map<String, Object> health = proposal(donor, "sector", "HEALTH");
        health.put("districts", List.of(district));
        health.put("kind", "NON_PROJECT");
        String approved = steps.approved(health, "2026-01-28", "2026-02-05").id();
        Map<String, Object> school = proposal(donor, "sector", "EDUCATION_AND_TRAINING");
        school.put("districts", List.of(district));
        String proposed = steps.proposed(school).id();

        assertThat(ids("?donor=" + donor)).containsExactlyInAnyOrder(approved, proposed);
        assertThat(ids("?district=" + district + "&sector=HEALTH")).containsExactly(approved);
        assertThat(ids("?district=" + district + "&status=PROPOSED")).containsExactly(proposed);
        assertThat(ids("?district=" + district + "&kind=NON_PROJECT&year=2026&receivingAgency=SKHDT"))
                .containsExactly(approved);
        assertThat(ids("?district=" + district + "&receivingAgency=SCT")).isEmpty();
        JsonNode page = api.get("officer2", PROJECTS + "?donor=" + donor + "&size=1").body();
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
    }

    private List<String> ids(String query) {
        Api.Response response = api.get("officer2", PROJECTS + query.replace(" ", "%20") + "&size=100");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void everyEventCarriesWhoActedInWhichRoleAndWhy() throws Exception {
        String id = steps.appraised().id();
        api.post("leader", path(id, "refuse"), reason("Không phù hợp"), "X-Request-Id", "req-aid-1");

        List<Document> events = database.getCollection("domainevents").find(eq("aggregateIdentifier", id))
                .sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>());
        assertThat(events).hasSize(4);
        assertThat(events.get(0).getString("type")).isEqualTo("AidProject");
        JsonNode refused = json.readTree(events.get(3).getString("serializedMetaData"));
        assertThat(refused.path("actor").asText()).isEqualTo("leader");
        assertThat(refused.path("role").asText()).isEqualTo("LEADERSHIP");
        assertThat(refused.path("reason").asText()).isEqualTo("Không phù hợp");
        assertThat(refused.path("requestId").asText()).isEqualTo("req-aid-1");
        JsonNode proposed = json.readTree(events.get(0).getString("serializedPayload"));
        assertThat(proposed.path("details").path("committed").path("currency").asText()).isEqualTo("USD");
        assertThat(proposed.path("details").path("committed").path("vndRate").decimalValue())
                .isEqualByComparingTo("25400");
    }
}
