package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;

/**
 * The registry configured with Kon Tum's reporting calendar (6-month report before 31 May,
 * annual report before 31 October with next year's outlook), over HTTP: the days a report
 * counts, its deadline, and the days the status board and the dashboard count down to it.
 */
@TestPropertySource(properties = "registry.reports.province=kon-tum")
class KonTumReportCalendarApiTest extends RegistryIntegrationTest {

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    private String agency;
    private String officer;

    @BeforeEach
    void anAgencyOfItsOwn() {
        TestAgencies agencies = new TestAgencies(api, users, passwords);
        agency = agencies.register("RKT", "DEPARTMENT");
        officer = agencies.officerOf(agency);
    }

    @Test
    void theReportsCountTheDaysOfKonTumsCalendarAndAreDueOnItsDeadlines() {
        JsonNode half = ok(api.get(officer, "/api/v1/reports/" + agency + "/2024-H1")).body();
        assertThat(half.path("from").asText()).isEqualTo("2024-01-01");
        assertThat(half.path("to").asText()).isEqualTo("2024-04-30");
        assertThat(half.path("asOf").asText()).isEqualTo("2024-04-30");
        assertThat(half.path("deadline").asText()).isEqualTo("2024-05-30");

        JsonNode annual = ok(api.get(officer, "/api/v1/reports/" + agency + "/2024-Y")).body();
        assertThat(annual.path("id").asText()).isEqualTo(agency + ":2024");
        assertThat(annual.path("period").asText()).isEqualTo("2024");
        assertThat(annual.path("kind").asText()).isEqualTo("ANNUAL");
        assertThat(annual.path("from").asText()).isEqualTo("2023-10-01");
        assertThat(annual.path("to").asText()).isEqualTo("2024-09-30");
        assertThat(annual.path("deadline").asText()).isEqualTo("2024-10-30");
    }

    @Test
    void theStatusBoardCountsDownToKonTumsDeadlineAndTellsLateFromOnTime() {
        int next = ProvinceTime.today().getYear() + 1;
        String upcoming = next + "-H1";
        LocalDate deadline = LocalDate.of(next, 5, 30);
        JsonNode before = ok(api.get("leader", "/api/v1/reports/status?period=" + upcoming)).body();
        assertThat(before.path("deadline").asText()).isEqualTo(deadline.toString());
        assertThat(before.path("daysRemaining").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(ProvinceTime.today(), deadline)).isPositive();
        assertThat(before.path("notReported").toString()).contains("\"" + agency + "\"");
        assertThat(row(before, agency).path("daysRemaining").asLong()).isEqualTo(before.path("daysRemaining").asLong());

        assertThat(api.post(officer, "/api/v1/reports/" + agency + "/" + upcoming + "/issue", null).status())
                .isEqualTo(201);
        JsonNode after = ok(api.get("reviewer", "/api/v1/reports/status?period=" + upcoming)).body();
        assertThat(after.path("notReported").toString()).doesNotContain("\"" + agency + "\"");
        assertThat(row(after, agency).path("reported").asBoolean()).isTrue();
        assertThat(row(after, agency).path("late").asBoolean()).as("issued before 30 May").isFalse();

        String past = "2023";
        assertThat(api.post(officer, "/api/v1/reports/" + agency + "/" + past + "/issue", null).status())
                .isEqualTo(201);
        JsonNode late = ok(api.get("leader", "/api/v1/reports/status?period=" + past)).body();
        assertThat(late.path("deadline").asText()).isEqualTo("2023-10-30");
        assertThat(late.path("daysRemaining").asLong()).isNegative();
        assertThat(row(late, agency).path("late").asBoolean()).as("issued after 30 October 2023").isTrue();
    }

    @Test
    void theDashboardShowsKonTumsDeadlines() {
        int next = ProvinceTime.today().getYear() + 1;
        String page = api.get("leader", "/app/dashboard?year=" + next, "Accept", "text/html").raw().body();
        String halfYear = page.substring(page.indexOf("id=\"report-status-half-year\""),
                page.indexOf("id=\"report-status-annual\""));
        assertThat(halfYear).contains("30/05/" + next);
        assertThat(page.substring(page.indexOf("id=\"report-status-annual\""))).contains("30/10/" + next);
    }

    private static JsonNode row(JsonNode board, String agency) {
        for (JsonNode candidate : board.path("agencies")) {
            if (candidate.path("agency").asText().equals(agency)) {
                return candidate;
            }
        }
        throw new AssertionError(agency + " is not on the board " + board);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }
}
