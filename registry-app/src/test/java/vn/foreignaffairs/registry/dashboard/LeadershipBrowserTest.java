package vn.foreignaffairs.registry.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Browser;
import vn.foreignaffairs.registry.support.BrowserTest;
import vn.foreignaffairs.registry.support.InboundDelegationRequests;

/** Reviewers and leaders at work in a real browser: the queue, deciding, the overview, a report and its file. */
class LeadershipBrowserTest extends BrowserTest {

    @Test
    void reviewerAndLeaderSeeASubmittedDelegationInTheQueue() {
        String id = createSubmitted("officer").id();
        for (String user : new String[] {"reviewer", "leader"}) {
            Browser browser = browser().signIn(user).open("/app/queue");

            assertThat(browser.text("h1")).isEqualTo("Hồ sơ chờ xử lý");
            assertThat(browser.all("#queue a[href='/app/delegations/" + id + "']")).hasSize(1);
            browser.screenshot("queue-" + user);
            browser.signOut();
        }
    }

    @Test
    void aLeaderApprovesOneVisitAndRejectsAnotherWithAReasonAndIsToldWhenTheReasonIsMissing() {
        String approved = submittedVisit();
        String rejected = submittedVisit();
        Browser browser = browser().signIn("leader").open("/app/queue");
        browser.click("#queue a[href='/app/decisions/inbound-delegation/" + approved + "']");
        assertThat(browser.text("#record-status")).isEqualTo("Đã trình");
        browser.screenshot("decision-inbound");

        browser.type("#decision-number", "45/QĐ-UBND").type("#decision-date", "2027-03-01").click("#approve");

        assertThat(browser.waitFor("#decided").getText()).isEqualTo("Đã ghi quyết định phê duyệt.");
        assertThat(browser.find("#record-status").getAttribute("data-status")).isEqualTo("APPROVED");
        assertThat(browser.all("#approve-form")).as("decided: no more forms").isEmpty();
        browser.screenshot("decision-approved");

        browser.open("/app/decisions/inbound-delegation/" + rejected).click("#reject");
        assertThat(browser.waitFor("#error-reason").getText()).isEqualTo("Cần nhập thông tin này.");
        assertThat(browser.find("#record-status").getAttribute("data-status")).isEqualTo("SUBMITTED");
        browser.screenshot("decision-reason-missing");

        browser.type("#reason", "Chương trình làm việc chưa phù hợp").click("#reject");
        assertThat(browser.waitFor("#decided").getText()).isEqualTo("Đã ghi quyết định không phê duyệt, kèm lý do.");
        assertThat(browser.find("#record-status").getAttribute("data-status")).isEqualTo("REJECTED");
        assertThat(api.get("inspector", InboundDelegationRequests.PATH + "/" + rejected).body()
                .get("rejectionReason").asText()).isEqualTo("Chương trình làm việc chưa phù hợp");
        browser.screenshot("decision-rejected");
    }

    @Test
    void aMissingDecisionNumberIsShownNextToItsField() {
        String id = submittedVisit();
        Browser browser = browser().signIn("leader").open("/app/decisions/inbound-delegation/" + id);

        browser.type("#decision-date", "2027-03-01").click("#approve");

        assertThat(browser.waitFor("#error-decisionNumber").getText()).isEqualTo("Cần nhập thông tin này.");
        assertThat(browser.find("#decision-date").getAttribute("value")).as("what was typed stays").isEqualTo("2027-03-01");
        browser.screenshot("decision-number-missing");
    }

    @Test
    void theOverviewShowsTheQuotaTableAndBothCharts() {
        new AidSteps(api).approved();
        createApproved("officer");
        Browser browser = browser().signIn("leader").open("/app/dashboard");

        assertThat(browser.all("#quota-table tr.quota-row[data-agency='SKHDT']")).hasSize(1);
        assertThat(browser.all("#chart-months rect.bar")).hasSize(12);
        assertThat(browser.all("#chart-sectors rect.bar")).isNotEmpty();
        assertThat(browser.all("#report-status-half-year tr.report-row")).isNotEmpty();
        browser.screenshot("dashboard");

        browser.open("/app/dashboard?year=2027");
        assertThat(browser.text("#dashboard-title")).isEqualTo("Tổng quan năm 2027");
        browser.screenshot("dashboard-2027");
        browser.click("#lang-en");
        assertThat(browser.text("#dashboard-title")).isEqualTo("Overview of 2027");
        browser.screenshot("dashboard-2027-en");
    }

    @Test
    void aReportPageDownloadsItsCsvThroughTheSession() throws IOException, InterruptedException {
        Browser browser = browser().signIn("leader").open("/app/dashboard?year=2027");
        browser.click("#report-status-half-year tr.report-row[data-agency='SKHDT'] a");
        assertThat(browser.path()).isEqualTo("/app/reports/SKHDT/2027-H1");
        assertThat(browser.all("#report-figures tbody tr")).isNotEmpty();
        browser.screenshot("report");

        String link = browser.find("#download-csv").getAttribute("href");
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-skhdt-2027-h1.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Hạn mức đoàn ngoài kế hoạch");
    }

    private String submittedVisit() {
        String id = api.post("officer", InboundDelegationRequests.PATH, InboundDelegationRequests.newInboundDelegation())
                .id();
        assertThat(api.post("officer", InboundDelegationRequests.PATH + "/" + id + "/submit", null).status())
                .isEqualTo(200);
        return id;
    }
}
