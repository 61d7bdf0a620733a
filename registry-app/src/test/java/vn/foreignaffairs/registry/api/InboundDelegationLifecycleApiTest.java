package vn.foreignaffairs.registry.api;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.PATH;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.approval;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.newInboundDelegation;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.reason;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.report;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.visitHeld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.InboundSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** An inbound delegation (đoàn vào) from draft to report, and how it is found again. */
class InboundDelegationLifecycleApiTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    ObjectMapper json;

    private InboundSteps steps;

    @BeforeEach
    void steps() {
        steps = new InboundSteps(api);
    }

    @Test
    void theHostPreparesLeadershipApprovesAndTheHostReportsAfterTheVisit() {
        Api.Response created = api.post("officer", PATH, newInboundDelegation());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.body().path("hostAgency").asText()).isEqualTo("SKHDT");
        assertThat(created.body().path("year").asInt()).isEqualTo(2027);

        Api.Response submitted = api.post("officer", PATH + "/" + id + "/submit", null, "If-Match", "\"1\"");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.version()).isEqualTo(2);

        Api.Response approved = api.post("leader", PATH + "/" + id + "/approve", approval(), "If-Match", "\"2\"");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("decision").path("number").asText()).isEqualTo("456/QĐ-UBND");
        assertThat(approved.body().path("decision").path("date").asText()).isEqualTo("2027-03-20");
        assertThat(approved.body().path("decision").path("signer").asText()).isEqualTo("Phạm Quốc Dũng");

        Api.Response held = api.post("officer", PATH + "/" + id + "/visit-held", visitHeld("2027-04-10", "2027-04-13"),
                "If-Match", "\"3\"");
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.body().path("status").asText()).isEqualTo("VISIT_HELD");
        assertThat(held.body().path("actualArrivalDate").asText()).isEqualTo("2027-04-10");
        assertThat(held.body().path("actualDepartureDate").asText()).isEqualTo("2027-04-13");

        Api.Response reported = api.post("officer", PATH + "/" + id + "/report",
                report("Ký biên bản ghi nhớ; KOTRA giới thiệu 3 nhà đầu tư."), "If-Match", "\"4\"");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.body().path("status").asText()).isEqualTo("REPORTED");
        assertThat(reported.body().path("results").asText()).isEqualTo("Ký biên bản ghi nhớ; KOTRA giới thiệu 3 nhà đầu tư.");
        assertThat(reported.body().path("reportedAt").asText()).isNotBlank();

        Api.Response read = api.get("inspector", PATH + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"5\"");
        JsonNode details = read.body().path("details");
        assertThat(details.path("title").asText()).isEqualTo("Đoàn KOTRA làm việc về xúc tiến đầu tư");
        assertThat(details.path("foreignParty").path("countryCode").asText()).isEqualTo("KR");
        assertThat(details.path("foreignParty").path("organisation").asText()).isEqualTo("KOTRA");
        assertThat(details.path("purpose").asText()).isEqualTo("INVESTMENT_AND_TRADE_PROMOTION");
        assertThat(details.path("arrivalDate").asText()).isEqualTo("2027-04-10");
        assertThat(details.path("departureDate").asText()).isEqualTo("2027-04-12");
        assertThat(details.path("size").asInt()).isEqualTo(6);
        assertThat(details.path("programme")).hasSize(2);
        assertThat(details.path("programme").get(1).path("date").asText()).isEqualTo("2027-04-11");
        assertThat(details.path("programme").get(1).path("place").asText()).isEqualTo("KCN Tam Thăng");
        assertThat(details.path("receptionPlan").asText()).startsWith("Sở Kế hoạch và Đầu tư chủ trì");
        assertThat(read.body().path("createdBy").asText()).isEqualTo("officer");
    }

    @Test
    void aDraftIsRevisedWithTheVersionLastRead() {
        Api.Response created = steps.draft("officer");
        Map<String, Object> revised = newInboundDelegation("title", "Đoàn KOTRA Busan");
        revised.put("purpose", "FRIENDSHIP_AND_COOPERATION");
        Api.Response response = api.put("officer", PATH + "/" + created.id(), revised, "If-Match", created.header("ETag"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(2);
        assertThat(response.body().path("details").path("title").asText()).isEqualTo("Đoàn KOTRA Busan");
        assertThat(response.body().path("details").path("purpose").asText()).isEqualTo("FRIENDSHIP_AND_COOPERATION");
    }

    @Test
    void rejectionAndCancellationKeepTheirReasons() {
        String rejected = steps.submitted("officer").id();
        api.post("reviewer", PATH + "/" + rejected + "/reject", reason("Chưa rõ tư cách của đối tác"));
        assertThat(api.get("officer", PATH + "/" + rejected).body().path("rejectionReason").asText())
                .isEqualTo("Chưa rõ tư cách của đối tác");

        String cancelled = steps.approved("officer").id();
        Api.Response response = api.post("officer", PATH + "/" + cancelled + "/cancel", reason("Đối tác hoãn chuyến thăm"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(response.body().path("cancellationReason").asText()).isEqualTo("Đối tác hoãn chuyến thăm");
    }

    @Test
    void everyEventCarriesWhoActedAndWhy() throws Exception {
        String id = steps.submitted("officer").id();
        api.post("leader", PATH + "/" + id + "/reject", reason("Trùng lịch"), "X-Request-Id", "req-in-1");

        List<Document> events = database.getCollection("domainevents").find(eq("aggregateIdentifier", id))
                .sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>());
        assertThat(events).hasSize(3);
        assertThat(events.get(0).getString("type")).isEqualTo("InboundDelegation");
        JsonNode rejected = json.readTree(events.get(2).getString("serializedMetaData"));
        assertThat(rejected.path("actor").asText()).isEqualTo("leader");
        assertThat(rejected.path("role").asText()).isEqualTo("LEADERSHIP");
        assertThat(rejected.path("reason").asText()).isEqualTo("Trùng lịch");
        assertThat(rejected.path("requestId").asText()).isEqualTo("req-in-1");
        JsonNode drafted = json.readTree(events.get(0).getString("serializedPayload"));
        assertThat(drafted.path("id").asText()).isEqualTo(id);
        assertThat(drafted.path("hostAgency").asText()).isEqualTo("SKHDT");
    }

    @Test
    void theListFiltersByHostAgencyYearStatusPurposeAndCountryAndPages() {
        String korean = steps.submitted("officer2").id();
        Map<String, Object> japanese = newInboundDelegation("foreignParty",
                Map.of("countryCode", "JP", "locality", "Izumisano"));
        japanese.put("purpose", "FRIENDSHIP_AND_COOPERATION");
        japanese.put("arrivalDate", "2028-01-05");
        japanese.put("departureDate", "2028-01-06");
        japanese.put("programme", List.of(Map.of("date", "2028-01-05", "content", "Chào xã giao")));
        Api.Response nextYear = api.post("officer2", PATH, japanese);
        assertThat(nextYear.status()).as(nextYear.toString()).isEqualTo(201);
        api.post("officer2", PATH + "/" + nextYear.id() + "/submit", null);

        List<String> ids = new ArrayList<>();
        api.get("leader", PATH + "?hostAgency=SCT&year=2027&status=SUBMITTED"
                        + "&purpose=INVESTMENT_AND_TRADE_PROMOTION&country=KR&size=100").body().path("items")
                .forEach(item -> {
                    assertThat(item.path("hostAgency").asText()).isEqualTo("SCT");
                    assertThat(item.path("year").asInt()).isEqualTo(2027);
                    assertThat(item.path("status").asText()).isEqualTo("SUBMITTED");
                    assertThat(item.path("details").path("purpose").asText()).isEqualTo("INVESTMENT_AND_TRADE_PROMOTION");
                    assertThat(item.path("details").path("foreignParty").path("countryCode").asText()).isEqualTo("KR");
                    ids.add(item.path("id").asText());
                });
        assertThat(ids).contains(korean).doesNotContain(nextYear.id());

        JsonNode byCountry = api.get("leader", PATH + "?hostAgency=SCT&country=JP").body();
        assertThat(byCountry.path("items").get(0).path("id").asText()).isEqualTo(nextYear.id());
        JsonNode byPurpose = api.get("leader", PATH + "?purpose=FRIENDSHIP_AND_COOPERATION&year=2028&size=100").body();
        byPurpose.path("items").forEach(item ->
                assertThat(item.path("details").path("purpose").asText()).isEqualTo("FRIENDSHIP_AND_COOPERATION"));
        assertThat(byPurpose.path("total").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode firstPage = api.get("leader", PATH + "?size=1&page=0").body();
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(firstPage.path("size").asInt()).isEqualTo(1);
        assertThat(firstPage.path("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode secondPage = api.get("leader", PATH + "?size=1&page=1").body();
        assertThat(secondPage.path("items").get(0).path("id").asText())
                .isNotEqualTo(firstPage.path("items").get(0).path("id").asText());
    }

    @Test
    void officersNeverSeeAnotherAgencysDrafts() {
        String draft = steps.draft("officer").id();
        assertThat(api.get("officer2", PATH + "/" + draft).status()).isEqualTo(404);
        api.get("officer2", PATH + "?hostAgency=SKHDT&size=100").body().path("items")
                .forEach(item -> assertThat(item.path("status").asText()).isNotEqualTo("DRAFT"));
        assertThat(api.get("officer2", PATH + "?status=DRAFT&hostAgency=SKHDT").body().path("total").asLong())
                .isZero();
        assertThat(api.get("officer", PATH + "?hostAgency=SKHDT&status=DRAFT&size=100").body().path("total").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("reviewer", PATH + "/" + draft).status()).isEqualTo(200);

        api.post("officer", PATH + "/" + draft + "/submit", null);
        assertThat(api.get("officer2", PATH + "/" + draft).status()).isEqualTo(200);
    }

    @Test
    void outboundAndInboundDelegationsAreSeparateRecords() {
        String inbound = steps.draft("officer").id();
        assertThat(api.get("leader", "/api/v1/delegations/" + inbound).status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesInboundDelegations() {
        JsonNode paths = api.get("officer", "/v3/api-docs").body().path("paths");
        assertThat(paths.has(PATH)).isTrue();
        for (String step : new String[] {"submit", "approve", "reject", "cancel", "visit-held", "report"}) {
            assertThat(paths.has(PATH + "/{id}/" + step)).as(step).isTrue();
        }
    }
}
