package vn.foreignaffairs.registry.api;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

class DelegationLifecycleApiTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    ObjectMapper json;

    @Test
    void anOfficerCreatesSubmitsAndLeadershipApproves() {
        Api.Response created = api.post("officer", "/api/v1/delegations", newDelegation());
        assertThat(created.status()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/v1/delegations/" + id);
        assertThat(created.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.body().path("agency").asText()).isEqualTo("SKHDT");

        Api.Response submitted = api.post("officer", "/api/v1/delegations/" + id + "/submit", null, "If-Match", "\"1\"");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.version()).isEqualTo(2);

        Api.Response approved = api.post("leader", "/api/v1/delegations/" + id + "/approve", decision(),
                "If-Match", "\"2\"");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("decision").path("number").asText()).isEqualTo("123/QĐ-UBND");
        assertThat(approved.body().path("decision").path("signer").asText()).isEqualTo("Phạm Quốc Dũng");

        Api.Response read = api.get("officer", "/api/v1/delegations/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"3\"");
        assertThat(read.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(read.body().path("details").path("title").asText()).isEqualTo("Xúc tiến đầu tư tại Nhật Bản");
        assertThat(read.body().path("details").path("members").get(0).path("passportKind").asText())
                .isEqualTo("OFFICIAL");
        assertThat(read.body().path("details").path("costEstimate").path("totalVnd").asLong()).isEqualTo(300_000_000L);
        assertThat(read.body().path("createdBy").asText()).isEqualTo("officer");
    }

    @Test
    void everyWriteIsVisibleToTheWriterAtOnce() {
        for (int i = 0; i < 10; i++) {
            String id = createDraft("officer").id();
            assertThat(api.get("officer", "/api/v1/delegations/" + id).status()).isEqualTo(200);
            api.post("officer", "/api/v1/delegations/" + id + "/submit", null);
            assertThat(api.get("officer", "/api/v1/delegations/" + id).body().path("status").asText())
                    .isEqualTo("SUBMITTED");
            api.post("reviewer", "/api/v1/delegations/" + id + "/reject", reason("Trùng lịch"));
            assertThat(api.get("reviewer", "/api/v1/delegations/" + id).body().path("status").asText())
                    .isEqualTo("REJECTED");
        }
    }

    @Test
    void aDraftIsRevisedWithTheVersionLastRead() {
        Api.Response created = createDraft("officer");
        Map<String, Object> revised = newDelegation("title", "Làm việc với KOTRA");
        Api.Response response = api.put("officer", "/api/v1/delegations/" + created.id(), revised,
                "If-Match", created.header("ETag"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(2);
        assertThat(response.body().path("details").path("title").asText()).isEqualTo("Làm việc với KOTRA");
    }

    @Test
    void rejectionAndCancellationKeepTheirReasons() {
        String rejected = createSubmitted("officer").id();
        api.post("reviewer", "/api/v1/delegations/" + rejected + "/reject", reason("Chưa đủ hồ sơ"));
        assertThat(api.get("officer", "/api/v1/delegations/" + rejected).body().path("rejectionReason").asText())
                .isEqualTo("Chưa đủ hồ sơ");

        String cancelled = createApproved("officer").id();
        Api.Response response = api.post("officer", "/api/v1/delegations/" + cancelled + "/cancel",
                reason("Đối tác hoãn chương trình"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(response.body().path("cancellationReason").asText()).isEqualTo("Đối tác hoãn chương trình");
    }

    @Test
    void everyEventCarriesWhoWhenInWhichRoleAndWhy() throws Exception {
        String id = createSubmitted("officer").id();
        api.post("reviewer", "/api/v1/delegations/" + id + "/reject", reason("Trùng lịch"),
                "X-Request-Id", "req-42", "X-Correlation-Id", "corr-7");

        List<Document> events = database.getCollection("domainevents").find(eq("aggregateIdentifier", id))
                .sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>());
        assertThat(events).hasSize(3);
        JsonNode drafted = json.readTree(events.get(0).getString("serializedMetaData"));
        assertThat(drafted.path("actor").asText()).isEqualTo("officer");
        assertThat(drafted.path("role").asText()).isEqualTo("OFFICER");
        assertThat(drafted.path("agency").asText()).isEqualTo("SKHDT");
        assertThat(drafted.path("requestId").asText()).isNotBlank();
        assertThat(drafted.path("correlationId").asText()).isNotBlank();

        JsonNode rejected = json.readTree(events.get(2).getString("serializedMetaData"));
        assertThat(rejected.path("actor").asText()).isEqualTo("reviewer");
        assertThat(rejected.path("role").asText()).isEqualTo("REVIEWER");
        assertThat(rejected.path("agency").asText()).isEqualTo("SNGV");
        assertThat(rejected.path("reason").asText()).isEqualTo("Trùng lịch");
        assertThat(rejected.path("requestId").asText()).isEqualTo("req-42");
        assertThat(rejected.path("correlationId").asText()).isEqualTo("corr-7");

        // The stored payload is readable JSON for inspectors, with plain ids.
        JsonNode payload = json.readTree(events.get(2).getString("serializedPayload"));
        assertThat(payload.path("id").asText()).isEqualTo(id);
        assertThat(payload.path("reason").asText()).isEqualTo("Trùng lịch");
    }

    @Test
    void theListFiltersByAgencyYearAndStatusAndPages() {
        String sct = createSubmitted("officer2").id();
        Map<String, Object> nextYear = newDelegation("departureDate", "2028-01-05");
        nextYear.put("returnDate", "2028-01-09");
        Api.Response otherYear = api.post("officer2", "/api/v1/delegations", nextYear);
        assertThat(otherYear.status()).as(otherYear.toString()).isEqualTo(201);
        api.post("officer2", "/api/v1/delegations/" + otherYear.id() + "/submit", null);

        JsonNode page = api.get("leader", "/api/v1/delegations?agency=SCT&year=2027&status=SUBMITTED&size=100").body();
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> {
            assertThat(item.path("agency").asText()).isEqualTo("SCT");
            assertThat(item.path("year").asInt()).isEqualTo(2027);
            assertThat(item.path("status").asText()).isEqualTo("SUBMITTED");
            ids.add(item.path("id").asText());
        });
        assertThat(ids).contains(sct).doesNotContain(otherYear.id());
        assertThat(api.get("leader", "/api/v1/delegations?agency=SCT&year=2028").body().path("items").get(0)
                .path("id").asText()).isEqualTo(otherYear.id());

        JsonNode firstPage = api.get("leader", "/api/v1/delegations?size=1&page=0").body();
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(firstPage.path("size").asInt()).isEqualTo(1);
        assertThat(firstPage.path("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode secondPage = api.get("leader", "/api/v1/delegations?size=1&page=1").body();
        assertThat(secondPage.path("items").get(0).path("id").asText())
                .isNotEqualTo(firstPage.path("items").get(0).path("id").asText());
    }

    @Test
    void officersSeeOtherAgenciesRecordsOnlyOnceSubmitted() {
        String draft = createDraft("officer").id();
        assertThat(api.get("officer2", "/api/v1/delegations/" + draft).status()).isEqualTo(404);
        JsonNode othersView = api.get("officer2", "/api/v1/delegations?agency=SKHDT&size=100").body();
        othersView.path("items").forEach(item -> assertThat(item.path("status").asText()).isNotEqualTo("DRAFT"));
        JsonNode ownView = api.get("officer", "/api/v1/delegations?agency=SKHDT&status=DRAFT&size=100").body();
        assertThat(ownView.path("total").asLong()).isGreaterThanOrEqualTo(1);

        api.post("officer", "/api/v1/delegations/" + draft + "/submit", null);
        assertThat(api.get("officer2", "/api/v1/delegations/" + draft).status()).isEqualTo(200);
    }

    @Test
    void agenciesAreListedForSignedInUsers() {
        Api.Response agencies = api.get("officer", "/api/v1/agencies");
        assertThat(agencies.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        agencies.body().forEach(agency -> codes.add(agency.path("code").asText()));
        assertThat(codes).contains("SNGV", "SKHDT", "SCT", "SDL", "CA", "BDBP");
        assertThat(codes).hasSizeGreaterThanOrEqualTo(8);
    }
}
