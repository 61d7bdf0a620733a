package vn.foreignaffairs.registry.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.InboundDelegationRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The leadership pages over plain HTTP (pages accept Basic): what they show matches what the API answers. */
class LeadershipPagesHttpTest extends RegistryIntegrationTest {

    private static final Pattern MONTH_BAR = Pattern.compile(
            "<rect class=\"bar\"[^>]*data-key=\"(\\d+)\" data-value=\"(\\d+)\"");

    @Test
    void theMonthlyChartHasOneBarPerMonthAsHighAsTheDelegationsDepartingThen() {
        createApproved("officer");
        createSubmitted("officer2");

        Api.Response page = page("leader", "/app/dashboard?year=2027");

        assertThat(page.status()).isEqualTo(200);
        Map<Integer, Long> bars = new HashMap<>();
        Matcher bar = MONTH_BAR.matcher(svg(page.raw().body(), "chart-months"));
        while (bar.find()) {
            bars.put(Integer.parseInt(bar.group(1)), Long.parseLong(bar.group(2)));
        }
        assertThat(bars).hasSize(12).isEqualTo(travellingPerMonth(2027));
        assertThat(bars.get(3)).as("both delegations above leave in March").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theQueueListsASubmittedInboundDelegationWithItsDecisionPage() {
        String id = api.post("officer", InboundDelegationRequests.PATH, InboundDelegationRequests.newInboundDelegation())
                .id();
        assertThat(api.post("officer", InboundDelegationRequests.PATH + "/" + id + "/submit", null).status())
                .isEqualTo(200);

        String queue = page("reviewer", "/app/queue").raw().body();
        assertThat(queue).contains("href=\"/app/decisions/inbound-delegation/" + id + "\"");

        Api.Response decision = page("reviewer", "/app/decisions/inbound-delegation/" + id);
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.raw().body()).contains("id=\"approve-form\"", "id=\"reject-form\"", "data-status=\"SUBMITTED\"");
    }

    @Test
    void appraisedAidIsInTheQueueAndOnlyLeadershipGetsItsForms() {
        String id = new AidSteps(api).appraised().id();

        assertThat(page("leader", "/app/queue").raw().body())
                .contains("href=\"/app/decisions/aid-project/" + id + "\"");
        Api.Response leader = page("leader", "/app/decisions/aid-project/" + id);
        assertThat(leader.status()).isEqualTo(200);
        assertThat(leader.raw().body()).contains("data-status=\"APPRAISED\"", "id=\"approve-form\"",
                "id=\"override-reason\"");
        Api.Response reviewer = page("reviewer", "/app/decisions/aid-project/" + id);
        assertThat(reviewer.raw().body()).contains("id=\"not-yours\"").doesNotContain("id=\"approve-form\"")
                .as("the reviewer's forms are on the aid's page").contains("href=\"/app/aid/" + id + "\"");
    }

    @Test
    void unknownKindsAndIdsOfRecordsAreNotFoundPages() {
        for (String path : new String[] {"/app/decisions/nothing/x", "/app/decisions/annual-plan/SKHDT",
                "/app/decisions/plan-amendment/SKHDT:2027", "/app/decisions/agreement/no-such-record-0"}) {
            Api.Response response = page("leader", path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.raw().body()).as(path).contains("id=\"error-message\"");
        }
    }

    @Test
    void aYearThatIsNoYearShowsThisYear() {
        Api.Response response = page("inspector", "/app/dashboard?year=abc");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().body()).contains("id=\"quota-table\"", "id=\"chart-sectors\"");
    }

    @Test
    void aReportDownloadsAsCsvXlsxAndPdfAndNothingElse() {
        HttpResponse<byte[]> csv = api.download("leader", "/app/reports/SKHDT/2027-H1/export?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("bao-cao-skhdt-2027-h1.csv"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Đoàn ra");
        assertThat(api.download("leader", "/app/reports/SKHDT/2027-H1/export?format=xlsx").statusCode()).isEqualTo(200);
        assertThat(api.download("leader", "/app/reports/PROVINCE/2027/export?format=pdf").statusCode()).isEqualTo(200);

        assertThat(page("leader", "/app/reports/SKHDT/2027-H1/export?format=xml").status()).isEqualTo(400);
        assertThat(page("officer2", "/app/reports/SKHDT/2027-H1").status()).as("another agency's report")
                .isEqualTo(403);
        assertThat(page("leader", "/app/reports/SKHDT/2027-H3").status()).isEqualTo(400);
    }

    private Map<Integer, Long> travellingPerMonth(int year) {
        Map<Integer, Long> months = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            months.put(month, 0L);
        }
        for (int pageNumber = 0; ; pageNumber++) {
            JsonNode items = api.get("leader", "/api/v1/delegations?year=" + year + "&size=100&page=" + pageNumber)
                    .body().get("items");
            for (JsonNode item : items) {
                String status = item.get("status").asText();
                if (!status.equals("DRAFT") && !status.equals("REJECTED") && !status.equals("CANCELLED")) {
                    int month = Integer.parseInt(item.get("details").get("departureDate").asText().substring(5, 7));
                    months.merge(month, 1L, Long::sum);
                }
            }
            if (items.size() < 100) {
                return months;
            }
        }
    }

    private Api.Response page(String user, String path) {
        return api.get(user, path, "Accept", "text/html");
    }

    private static String svg(String html, String id) {
        int start = html.indexOf("<svg id=\"" + id + "\"");
        assertThat(start).as("chart " + id).isNotNegative();
        return html.substring(start, html.indexOf("</svg>", start));
    }
}
