package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;

/** Issuing compliance reports over HTTP: who may, what is frozen, and every refusal. */
class ReportIssueApiTest extends RegistryIntegrationTest {

    private String agency;
    private String officer;

    @BeforeEach
    void anAgencyOfItsOwn() {
        TestAgencies agencies = testAgencies();
        agency = agencies.register("RPI", "DEPARTMENT");
        officer = agencies.officerOf(agency);
    }

    @Test
    void aDraftIsRecomputedUntilTheAgencyIssuesItThenItStaysAsIssued() {
        String path = "/api/v1/reports/" + agency + "/2024-H1";
        Api.Response draft = api.get(officer, path);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.body().path("id").asText()).isEqualTo(agency + ":2024-H1");
        assertThat(draft.body().path("from").asText()).isEqualTo("2024-01-01");
        assertThat(draft.body().path("to").asText()).as("Quảng Nam counts to the end of April").isEqualTo("2024-04-30");
        assertThat(draft.body().path("asOf").asText()).isEqualTo("2024-04-30");
        assertThat(draft.body().path("deadline").asText()).isEqualTo("2024-05-14");
        assertThat(draft.body().path("figures").path("conferences").path("held").asInt()).isZero();
        assertThat(draft.body().has("ledgerHead")).isFalse();

        heldConference("2024-03-04");
        assertThat(api.get("leader", path).body().path("figures").path("conferences").path("held").asInt())
                .as("a draft is computed afresh").isEqualTo(1);

        Api.Response issued = api.post(officer, path + "/issue", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.header("Location")).isEqualTo("/api/v1/reports/" + agency + "/2024-H1");
        JsonNode report = issued.body();
        assertThat(report.path("status").asText()).isEqualTo("ISSUED");
        assertThat(report.path("issuedBy").asText()).isEqualTo(officer);
        assertThat(report.path("version").asLong()).isEqualTo(1);
        assertThat(report.path("ledgerHead").path("position").asLong()).isPositive();
        String head = report.path("ledgerHead").path("hash").asText();
        Api.Response proof = api.get("inspector", "/api/v1/audit/ledger/proof?from=" + head);
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(proof.body().path("prefix").asBoolean()).as("the report's head is a prefix of the chain").isTrue();
        assertThat(proof.body().path("oldHead").path("position").asLong())
                .isEqualTo(report.path("ledgerHead").path("position").asLong());
        assertThat(report.path("figures").path("conferences").path("held").asInt()).isEqualTo(1);

        heldConference("2024-04-08");
        JsonNode read = api.get("inspector", path).body();
        assertThat(read.path("status").asText()).isEqualTo("ISSUED");
        assertThat(read.path("figures").path("conferences").path("held").asInt())
                .as("an issued report keeps its frozen figures").isEqualTo(1);
        assertThat(read.path("issuedAt").asText()).isNotBlank();

        Api.Response again = api.post(officer, path + "/issue", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("REPORT_ALREADY_ISSUED");
    }

    @Test
    void theDashboardShowsWhoHasNotReportedAndTheDaysLeft() {
        String period = "2023-H1";
        JsonNode before = ok(api.get("leader", "/api/v1/reports/status?period=" + period)).body();
        assertThat(before.path("deadline").asText()).isEqualTo("2023-05-14");
        long expectedDays = ChronoUnit.DAYS.between(ProvinceTime.today(), LocalDate.of(2023, 5, 14));
        assertThat(before.path("daysRemaining").asLong()).isEqualTo(expectedDays).isNegative();
        assertThat(texts(before.path("notReported"))).contains(agency, "SKHDT");

        assertThat(api.post(officer, "/api/v1/reports/" + agency + "/" + period + "/issue", null).status())
                .isEqualTo(201);
        JsonNode after = ok(api.get("reviewer", "/api/v1/reports/status?period=" + period)).body();
        assertThat(texts(after.path("notReported"))).doesNotContain(agency).contains("SKHDT");
        JsonNode row = null;
        for (JsonNode candidate : after.path("agencies")) {
            if (candidate.path("agency").asText().equals(agency)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("reported").asBoolean()).isTrue();
        assertThat(row.path("late").asBoolean()).as("issued after 14 May 2023").isTrue();
    }

    @Test
    void leadershipIssuesTheProvincesReport() {
        String path = "/api/v1/reports/PROVINCE/2022";
        assertThat(api.post("officer", path + "/issue", null).status()).isEqualTo(403);
        assertThat(api.post("reviewer", path + "/issue", null).status()).isEqualTo(403);
        Api.Response issued = api.post("leader", path + "/issue", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.body().path("scope").asText()).isEqualTo("PROVINCE");
        assertThat(issued.body().path("deadline").asText()).isEqualTo("2022-10-14");
        assertThat(api.post("leader", path + "/issue", null).code()).isEqualTo("REPORT_ALREADY_ISSUED");
        assertThat(ok(api.get("leader", "/api/v1/reports/status?period=2022")).body().path("provinceIssued")
                .asBoolean()).isTrue();
    }

    @Test
    void onlyAnAgencysOwnOfficersIssueItsReportAndOfficersReadOnlyTheirOwn() {
        String path = "/api/v1/reports/" + agency + "/2021";
        assertThat(api.get(null, path).status()).isEqualTo(401);
        assertThat(api.post(null, path + "/issue", null).status()).isEqualTo(401);
        assertThat(api.get("officer", path).code()).isEqualTo("NOT_OWN_AGENCY");
        assertThat(api.get("officer", "/api/v1/reports/PROVINCE/2021").status()).isEqualTo(403);
        assertThat(api.get("admin", path).status()).isEqualTo(403);
        assertThat(api.post("officer", path + "/issue", null).status()).isEqualTo(403);
        assertThat(api.post("leader", path + "/issue", null).status()).isEqualTo(403);
        assertThat(api.post("inspector", path + "/issue", null).status()).isEqualTo(403);
        assertThat(api.get("officer", "/api/v1/reports/status?period=2021").status()).isEqualTo(403);
        assertThat(api.get("reviewer", path).status()).isEqualTo(200);
        assertThat(api.get("inspector", path).status()).isEqualTo(200);
    }

    @Test
    void aPeriodThatIsNoneIsABadRequestAndAnUnknownAgencyIsNotFound() {
        for (String bad : new String[] {"2025-H3", "2025-Q1", "25", "1999", "abc"}) {
            Api.Response response = api.get("leader", "/api/v1/reports/" + agency + "/" + bad);
            assertThat(response.status()).as(bad + ": " + response).isEqualTo(400);
            assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("period");
            assertThat(response.body().path("errors").get(0).path("code").asText()).isEqualTo("INVALID_PERIOD");
        }
        assertThat(api.post(officer, "/api/v1/reports/" + agency + "/2025-H3/issue", null).status()).isEqualTo(400);
        assertThat(api.get("leader", "/api/v1/reports/status?period=H1").status()).isEqualTo(400);
        assertThat(api.get("leader", "/api/v1/reports/status").status()).isEqualTo(400);
        assertThat(api.get("leader", "/api/v1/reports/NO-SUCH-AGENCY/2025").status()).isEqualTo(404);
    }

    private void heldConference(String start) {
        LocalDate startDate = LocalDate.parse(start);
        var body = ConferenceRequests.startingIn(0);
        body.put("startDate", start);
        body.put("endDate", startDate.plusDays(1).toString());
        String id = expect(api.post(officer, ConferenceRequests.PATH, body), 201).id();
        expect(api.post(officer, ConferenceRequests.PATH + "/" + id + "/submit",
                ConferenceRequests.application("SNGV")), 200);
        expect(api.post("reviewer", ConferenceRequests.PATH + "/" + id + "/consultations",
                ConferenceRequests.opinion("SNGV", "AGREE", null)), 200);
        expect(api.post("leader", ConferenceRequests.PATH + "/" + id + "/permit",
                ConferenceRequests.permit("Hồ sơ bổ sung sau khi đã tổ chức")), 200);
        expect(api.post(officer, ConferenceRequests.PATH + "/" + id + "/held",
                ConferenceRequests.held(startDate, startDate.plusDays(1), 80, 20)), 200);
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Api.Response ok(Api.Response response) {
        return expect(response, 200);
    }

    private static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
