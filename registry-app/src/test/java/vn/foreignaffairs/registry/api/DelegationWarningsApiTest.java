package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Warnings come back with every write and read of a delegation and never block it. The
 * fixtures use years and purposes no other test uses, since all tests share one registry.
 */
class DelegationWarningsApiTest extends RegistryIntegrationTest {

    private static Map<String, Object> delegation(String title, String country, String departure, String returning) {
        Map<String, Object> body = newDelegation();
        body.put("title", title);
        body.put("purpose", title);
        body.put("destinations", List.of(Map.of("countryCode", country, "city", "")));
        body.put("departureDate", departure);
        body.put("returnDate", returning);
        return body;
    }

    private static List<JsonNode> warnings(Api.Response response, String code) {
        return StreamSupport.stream(response.body().path("warnings").spliterator(), false)
                .filter(warning -> warning.path("code").asText().equals(code))
                .toList();
    }

    private static List<String> related(Api.Response response, String code) {
        return warnings(response, code).stream().map(warning -> warning.path("relatedDelegationId").asText()).toList();
    }

    @Test
    void aSecondAgencysOverlappingTripToJapanIsToldToMergeWithTheFirst() {
        Api.Response first = api.post("officer", "/api/v1/delegations",
                delegation("Hợp tác nông nghiệp Nagano 2029", "JP", "2029-03-05", "2029-03-09"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(api.post("officer", "/api/v1/delegations/" + first.id() + "/submit", null).status()).isEqualTo(200);

        Api.Response second = api.post("officer2", "/api/v1/delegations",
                delegation("Hội chợ thương mại Tokyo 2029", "JP", "2029-03-07", "2029-03-11"));

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.body().path("id").asText()).isNotBlank();
        assertThat(second.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(second.body().has("delegation")).isFalse();
        assertThat(warnings(second, "MERGE_SUGGESTED")).singleElement().satisfies(warning -> {
            assertThat(warning.path("relatedDelegationId").asText()).isEqualTo(first.id());
            assertThat(warning.path("message").asText()).contains("Hợp tác nông nghiệp Nagano 2029", "SKHDT");
        });

        assertThat(related(api.get("reviewer", "/api/v1/delegations/" + first.id()), "MERGE_SUGGESTED"))
                .as("reviewers see every agency's drafts").containsExactly(second.id());
        assertThat(related(api.get("officer", "/api/v1/delegations/" + first.id()), "MERGE_SUGGESTED"))
                .as("an officer is not told of another agency's draft").isEmpty();

        Api.Response submitted = api.post("officer2", "/api/v1/delegations/" + second.id() + "/submit", null);
        assertThat(related(submitted, "MERGE_SUGGESTED")).containsExactly(first.id());

        assertThat(api.post("officer", "/api/v1/delegations/" + first.id() + "/cancel",
                reason("Gộp vào đoàn của Sở Công Thương")).status()).isEqualTo(200);
        assertThat(related(api.get("reviewer", "/api/v1/delegations/" + second.id()), "MERGE_SUGGESTED"))
                .as("a cancelled delegation is no longer suggested").isEmpty();
    }

    @Test
    void aTripOverGoldenWeekIsWarnedOfJapansHolidays() {
        Api.Response created = api.post("officer", "/api/v1/delegations",
                delegation("Giao lưu văn hóa Izumisano 2028", "JP", "2028-04-28", "2028-05-03"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(warnings(created, "PARTNER_HOLIDAY")).singleElement()
                .satisfies(warning -> assertThat(warning.path("message").asText()).contains("Golden Week", "JP"));
        assertThat(warnings(created, "SIZE_ABOVE_LIMIT")).isEmpty();
        assertThat(warnings(api.get("leader", "/api/v1/delegations/" + created.id()), "PARTNER_HOLIDAY")).hasSize(1);
    }

    @Test
    void elevenMembersAreAboveTheSizeLimitUntilTheDraftIsCutDown() {
        Map<String, Object> body = delegation("Khảo sát cảng biển Singapore 2029", "SG", "2029-09-10", "2029-09-14");
        body.put("members", IntStream.rangeClosed(1, 11).mapToObj(i -> Map.of("name", "Thành viên " + i,
                "passportKind", "OFFICIAL", "head", i == 1)).toList());

        Api.Response created = api.post("officer", "/api/v1/delegations", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(warnings(created, "SIZE_ABOVE_LIMIT")).singleElement()
                .satisfies(warning -> assertThat(warning.path("message").asText()).contains("11 members", "limit of 10"));
        assertThat(warnings(api.get("reviewer", "/api/v1/delegations/" + created.id()), "SIZE_ABOVE_LIMIT")).hasSize(1);

        body.put("members", ((List<?>) body.get("members")).subList(0, 10));
        Api.Response revised = api.put("officer", "/api/v1/delegations/" + created.id(), body, "If-Match", "\"1\"");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.body().path("warnings").isArray()).isTrue();
        assertThat(warnings(revised, "SIZE_ABOVE_LIMIT")).isEmpty();
    }
}
