package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AgreementRequests;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.Exports;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;

/**
 * The registry configured with Kon Tum's reporting calendar (6-month report before 31 May,
 * annual report before 31 October with next year's outlook), over HTTP: the days a report
 * counts, its deadline, and the days the status board and the dashboard count down to it.
 */
@TestPropertySource(properties = "registry.reports.province=kon-tum")
class KonTumReportCalendarApiTest extends RegistryIntegrationTest {

    private String agency;
    private String officer;

    @BeforeEach
    void anAgencyOfItsOwn() {
        TestAgencies agencies = testAgencies();
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

    @Test
    void theAnnualReportLooksAtNextYearsPlansConferencesAndAgreementsTheSixMonthReportDoesNot() {
        int year = ProvinceTime.today().getYear();
        int next = year + 1;
        TestAgencies agencies = testAgencies();
        String other = agencies.register("RKT", "DEPARTMENT");
        plan(agency, officer, next, true, item("OUT-2", "OUTBOUND", null, 9), item("OUT-1", "OUTBOUND", 2, null),
                item("IN-1", "INBOUND", 3, null));
        plan(other, agencies.officerOf(other), next, false, item("OUT-9", "OUTBOUND", 1, null));
        plan(agency, officer, year + 2, true, item("LATER", "OUTBOUND", 1, null));

        String draft = conference("Hội thảo quốc tế về cà phê Ngọc Linh", LocalDate.of(next, 6, 1));
        String applied = conference("Hội nghị hợp tác với tỉnh Attapeu", LocalDate.of(next, 3, 2));
        ok(api.post(officer, ConferenceRequests.PATH + "/" + applied + "/submit", ConferenceRequests.application("SNGV")));
        String refused = conference("Hội thảo bị từ chối", LocalDate.of(next, 4, 2));
        ok(api.post(officer, ConferenceRequests.PATH + "/" + refused + "/submit", ConferenceRequests.application("SNGV")));
        ok(api.post("leader", ConferenceRequests.PATH + "/" + refused + "/refuse",
                ConferenceRequests.reason("Không phù hợp")));
        conference("Hội thảo năm sau nữa", LocalDate.of(next + 1, 2, 2));

        AgreementSteps steps = new AgreementSteps(api);
        String proposed = steps.proposed(officer, AgreementRequests.proposal("title", "Thỏa thuận với Sekong"));
        String consulted = steps.underConsultation(officer, AgreementRequests.proposal("title",
                "Biên bản ghi nhớ với Attapeu"), ProvinceTime.today());
        steps.signed(officer, AgreementRequests.proposal("title", "Thỏa thuận đã ký"), ProvinceTime.today());

        JsonNode outlook = ok(api.get(officer, "/api/v1/reports/" + agency + "/" + year)).body()
                .path("figures").path("nextYear");
        assertThat(outlook.path("year").asInt()).isEqualTo(next);
        assertThat(ids(outlook.path("outbound"))).as("next year's approved plan, in planned order")
                .containsExactly("OUT-1", "OUT-2");
        assertThat(outlook.path("outbound").get(0).path("when").asText()).isEqualTo(next + "-Q2");
        assertThat(outlook.path("outbound").get(1).path("when").asText()).isEqualTo(String.format("%d-09", next));
        assertThat(ids(outlook.path("inbound"))).containsExactly("IN-1");
        assertThat(outlook.path("inbound").get(0).path("countries").asText()).isEqualTo("LA – Tỉnh Sê Kông");
        assertThat(ids(outlook.path("conferences"))).as("not refused, starting next year")
                .containsExactly(applied, draft);
        assertThat(outlook.path("conferences").get(0).path("status").asText()).isEqualTo("UNDER_CONSULTATION");
        assertThat(outlook.path("conferences").get(1).path("title").asText())
                .isEqualTo("Hội thảo quốc tế về cà phê Ngọc Linh");
        assertThat(ids(outlook.path("agreements"))).as("not signed yet").containsExactlyInAnyOrder(proposed, consulted);

        assertThat(ok(api.get(officer, "/api/v1/reports/" + agency + "/" + year + "-H1")).body().path("figures")
                .has("nextYear")).isFalse();
        JsonNode province = ok(api.get("leader", "/api/v1/reports/PROVINCE/" + year)).body();
        assertThat(ids(province.path("figures").path("nextYear").path("outbound"))).contains("OUT-1", "OUT-2")
                .doesNotContain("OUT-9", "LATER");
        JsonNode row = null;
        for (JsonNode candidate : province.path("byAgency")) {
            if (candidate.path("agency").asText().equals(agency)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("figures").path("nextYear")).isEqualTo(outlook);

        String page = api.get(officer, "/app/reports/" + agency + "/" + year, "Accept", "text/html").raw().body();
        assertThat(page).contains("id=\"next-year\"", "Hội thảo quốc tế về cà phê Ngọc Linh", "Biên bản ghi nhớ với Attapeu")
                .doesNotContain("Hội thảo bị từ chối");
        List<List<String>> csv = Exports.csv(api.download(officer, "/api/v1/reports/" + agency + "/" + year
                + "?format=csv"));
        assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("Dự kiến năm " + next,
                "Hội nghị, hội thảo quốc tế: Hội thảo quốc tế về cà phê Ngọc Linh (JP, " + next + "-06-01)",
                agency + " – DRAFT"));
        assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("Dự kiến năm " + next,
                "Đoàn ra theo kế hoạch đã phê duyệt", "2"));
    }

    private void plan(String agency, String officer, int year, boolean approve, Map<String, Object>... items) {
        String path = "/api/v1/plans/" + agency + "/" + year;
        ok(api.put(officer, path, Map.of("items", List.of(items))));
        ok(api.post(officer, path + "/submit", null));
        if (approve) {
            ok(api.post("leader", path + "/approve", Map.of("decisionNumber", "KH-" + agency + "-" + year,
                    "decisionDate", ProvinceTime.today().toString())));
        }
    }

    private static Map<String, Object> item(String id, String direction, Integer quarter, Integer month) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("itemId", id);
        item.put("direction", direction);
        item.put("countryCode", "LA");
        if (direction.equals("INBOUND")) {
            item.put("foreignParty", "Tỉnh Sê Kông");
        }
        item.put("purpose", "Hợp tác với các tỉnh Nam Lào");
        if (quarter != null) {
            item.put("plannedQuarter", quarter);
        }
        if (month != null) {
            item.put("plannedMonth", month);
        }
        item.put("size", 5);
        item.put("estimatedCostVnd", 150_000_000L);
        return item;
    }

    private String conference(String title, LocalDate start) {
        Map<String, Object> body = ConferenceRequests.newConference();
        body.put("title", title);
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(1).toString());
        Api.Response created = api.post(officer, ConferenceRequests.PATH, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("recordId").asText()));
        return ids;
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
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response;
    }
}
