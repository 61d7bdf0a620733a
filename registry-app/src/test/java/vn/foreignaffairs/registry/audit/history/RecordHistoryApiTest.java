package vn.foreignaffairs.registry.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementSteps.expect;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.DelegationRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The history of one record, read from the event store, in Vietnamese and in English. */
class RecordHistoryApiTest extends RegistryIntegrationTest {

    private static final String DELEGATIONS = "/api/v1/delegations/";

    private String cancelledDelegation() {
        String id = createDraft("officer").id();
        expect(api.post("officer", DELEGATIONS + id + "/submit", null), 200);
        expect(api.post("leader", DELEGATIONS + id + "/approve", DelegationRequests.decision()), 200);
        expect(api.post("reviewer", DELEGATIONS + id + "/cancel", reason("Đối tác hoãn chương trình"),
                "X-Request-Id", "req-cancel-1", "X-Correlation-Id", "corr-1"), 200);
        return id;
    }

    private static String history(String id) {
        return "/api/v1/audit/records/delegation/" + id + "/history";
    }

    @Test
    void everyEventInOrderWithWhoWhenWhyAndSentencesInBothLanguages() {
        String id = cancelledDelegation();
        JsonNode body = expect(api.get("inspector", history(id) + "?lang=en"), 200).body();

        assertThat(body.path("type").asText()).isEqualTo("delegation");
        assertThat(body.path("id").asText()).isEqualTo(id);
        assertThat(body.path("version").asLong()).isEqualTo(4);
        assertThat(body.path("language").asText()).isEqualTo("en");
        JsonNode events = body.path("events");
        assertThat(events).hasSize(4);
        List<String> types = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            assertThat(event.path("sequence").asLong()).isEqualTo(i);
            assertThat(event.path("version").asLong()).isEqualTo(i + 1);
            assertThat(event.path("at").asText()).isNotBlank();
            assertThat(event.path("requestId").asText()).isNotBlank();
            assertThat(event.path("correlationId").asText()).isNotBlank();
            types.add(event.path("eventType").asText());
            String english = event.path("description").path("en").asText();
            String vietnamese = event.path("description").path("vi").asText();
            assertThat(english).isNotBlank().isNotEqualTo(vietnamese)
                    .doesNotContain(event.path("eventType").asText());
            assertThat(vietnamese).isNotBlank().doesNotContain(event.path("eventType").asText());
            assertThat(event.path("summary").asText()).isEqualTo(english);
        }
        assertThat(types).containsExactly("DelegationDrafted", "DelegationSubmitted", "DelegationApproved",
                "DelegationCancelled");

        JsonNode drafted = events.get(0);
        assertThat(drafted.path("actor").asText()).isEqualTo("officer");
        assertThat(drafted.path("role").asText()).isEqualTo("OFFICER");
        assertThat(drafted.path("agency").asText()).isEqualTo("SKHDT");
        assertThat(drafted.path("description").path("en").asText()).startsWith("Outbound delegation \"");
        assertThat(drafted.path("description").path("vi").asText()).startsWith("Lập dự thảo đoàn ra \"");

        JsonNode approved = events.get(2);
        assertThat(approved.path("actor").asText()).isEqualTo("leader");
        assertThat(approved.path("role").asText()).isEqualTo("LEADERSHIP");
        assertThat(approved.path("description").path("en").asText()).startsWith("Approved by decision ");
        assertThat(approved.path("description").path("vi").asText()).startsWith("Phê duyệt theo quyết định số ");

        JsonNode cancelled = events.get(3);
        assertThat(cancelled.path("actor").asText()).isEqualTo("reviewer");
        assertThat(cancelled.path("role").asText()).isEqualTo("REVIEWER");
        assertThat(cancelled.path("reason").asText()).isEqualTo("Đối tác hoãn chương trình");
        assertThat(cancelled.path("requestId").asText()).isEqualTo("req-cancel-1");
        assertThat(cancelled.path("correlationId").asText()).isEqualTo("corr-1");
        assertThat(cancelled.path("description").path("en").asText())
                .isEqualTo("Cancelled: Đối tác hoãn chương trình");
        assertThat(cancelled.path("description").path("vi").asText())
                .isEqualTo("Hủy: Đối tác hoãn chương trình");
    }

    @Test
    void theLanguageFollowsLangThenAcceptLanguageAndIsVietnameseByDefault() {
        String id = cancelledDelegation();
        JsonNode byDefault = expect(api.get("inspector", history(id)), 200).body();
        assertThat(byDefault.path("language").asText()).isEqualTo("vi");
        assertThat(byDefault.path("events").get(3).path("summary").asText()).isEqualTo("Hủy: Đối tác hoãn chương trình");

        JsonNode english = expect(api.get("admin", history(id), "Accept-Language", "en-GB,en;q=0.8"), 200).body();
        assertThat(english.path("language").asText()).isEqualTo("en");
        assertThat(english.path("events").get(1).path("summary").asText()).isEqualTo("Submitted for approval");

        JsonNode vietnamese = expect(api.get("leader", history(id) + "?lang=vi", "Accept-Language", "en"), 200).body();
        assertThat(vietnamese.path("language").asText()).isEqualTo("vi");
        assertThat(vietnamese.path("events").get(1).path("summary").asText()).isEqualTo("Trình phê duyệt");
    }

    @Test
    void otherKindsOfRecordHaveAHistoryToo() {
        JsonNode plan = expect(api.get("inspector", "/api/v1/audit/records/agency/SKHDT/history?lang=en"), 200).body();
        assertThat(plan.path("events").get(0).path("eventType").asText()).isEqualTo("AgencyRegistered");
        assertThat(plan.path("events").get(0).path("summary").asText()).startsWith("Agency SKHDT registered");
    }

    @Test
    void unknownTypesAndRecordsAreNotFound() {
        String id = createDraft("officer").id();
        Api.Response unknownType = api.get("inspector", "/api/v1/audit/records/spaceship/" + id + "/history");
        assertThat(unknownType.status()).isEqualTo(404);
        assertThat(unknownType.code()).isEqualTo("RECORD_TYPE_UNKNOWN");

        Api.Response unknownId = api.get("inspector", history("no-such-delegation"));
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(unknownId.code()).isEqualTo("RECORD_NOT_FOUND");

        Api.Response wrongType = api.get("inspector", "/api/v1/audit/records/agreement/" + id + "/history");
        assertThat(wrongType.status()).isEqualTo(404);
        assertThat(wrongType.code()).isEqualTo("RECORD_NOT_FOUND");
    }

    @Test
    void onlyInspectorsAdministratorsAndLeadershipReadHistories() {
        String id = createDraft("officer").id();
        assertThat(api.get(null, history(id)).status()).isEqualTo(401);
        assertThat(api.get("officer", history(id)).code()).isEqualTo("FORBIDDEN");
        assertThat(api.get("reviewer", history(id)).status()).isEqualTo(403);
        assertThat(api.get("leader", history(id)).status()).isEqualTo(200);
        assertThat(api.get("admin", history(id)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        String id = createDraft("officer").id();
        Api.Response response = api.get("inspector", history(id) + "?lang=fr");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }
}
