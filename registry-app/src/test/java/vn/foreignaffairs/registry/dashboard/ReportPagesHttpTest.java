package vn.foreignaffairs.registry.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;

/** The report page's issuing and the officer's way to the own agency's report, over plain HTTP. */
class ReportPagesHttpTest extends RegistryIntegrationTest {

    private static final String[] HTML = {"Accept", "text/html"};

    private String agency;
    private String officer;

    @BeforeEach
    void anAgencyOfItsOwn() {
        TestAgencies agencies = testAgencies();
        agency = agencies.register("RPG", "DEPARTMENT");
        officer = agencies.officerOf(agency);
    }

    @Test
    void anOfficerIssuesTheAgencysReportFromItsPageAndItStaysIssued() {
        String page = "/app/reports/" + agency + "/2024-H1";
        assertThat(api.get(officer, page, HTML).raw().body()).contains("id=\"issue-form\"", "id=\"issue-report\"");

        Api.Response issued = api.post(officer, page + "/issue", "{}", HTML);
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(302);
        assertThat(issued.header("Location")).endsWith(page + "?done=issued");
        Api.Response json = api.get(officer, "/api/v1/reports/" + agency + "/2024-H1");
        assertThat(json.body().path("status").asText()).isEqualTo("ISSUED");
        assertThat(json.body().path("issuedBy").asText()).isEqualTo(officer);

        String after = api.get(officer, page + "?done=issued", HTML).raw().body();
        assertThat(after).contains("id=\"issued-notice\"", "Đã ban hành báo cáo.").doesNotContain("id=\"issue-form\"");

        Api.Response again = api.post(officer, page + "/issue", "{}", HTML);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.raw().body()).contains("role=\"alert\"")
                .contains("Báo cáo này đã được ban hành; báo cáo đã ban hành giữ nguyên số liệu như lúc ban hành.");
    }

    @Test
    void onlyTheAgencysOfficersIssueItsReportAndLeadershipTheProvinces() {
        String page = "/app/reports/" + agency + "/2023";
        assertThat(api.get("leader", page, HTML).raw().body()).doesNotContain("id=\"issue-form\"");
        assertThat(api.get("reviewer", page, HTML).raw().body()).doesNotContain("id=\"issue-form\"");
        for (String user : new String[] {"officer", "leader", "reviewer", "inspector"}) {
            Api.Response refused = api.post(user, page + "/issue", "{}", HTML);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.raw().body()).as(user).contains("id=\"error-message\"");
        }
        assertThat(api.get(officer, "/api/v1/reports/" + agency + "/2023").body().path("status").asText())
                .isEqualTo("DRAFT");
        assertThat(api.post(officer, page.replace("2023", "2023-H5") + "/issue", "{}", HTML).status()).isEqualTo(400);

        String province = "/app/reports/PROVINCE/2018";
        assertThat(api.get("leader", province, HTML).raw().body()).contains("id=\"issue-form\"");
        assertThat(api.post("leader", province + "/issue", "{}", HTML).status()).isEqualTo(302);
        assertThat(api.get("inspector", "/api/v1/reports/PROVINCE/2018").body().path("issuedBy").asText())
                .isEqualTo("leader");
    }

    @Test
    void theOfficersMenuLeadsToTheOwnAgencysReportDueNext() {
        assertThat(api.get(officer, "/app/delegations", HTML).raw().body())
                .contains("id=\"nav-report\" href=\"/app/reports/mine\"");
        assertThat(api.get("leader", "/app/dashboard", HTML).raw().body()).doesNotContain("id=\"nav-report\"");

        Api.Response mine = api.get(officer, "/app/reports/mine", HTML);
        assertThat(mine.status()).isEqualTo(302);
        assertThat(mine.header("Location")).endsWith("/app/reports/" + agency + "/" + dueNextInQuangNam());
        assertThat(api.get("reviewer", "/app/reports/mine", HTML).status()).isEqualTo(403);
    }

    /** Quảng Nam: the 6-month report by 14 May, the annual one by 14 October. */
    private static String dueNextInQuangNam() {
        LocalDate today = ProvinceTime.today();
        MonthDay day = MonthDay.from(today);
        if (!day.isAfter(MonthDay.of(5, 14))) {
            return today.getYear() + "-H1";
        }
        if (!day.isAfter(MonthDay.of(10, 14))) {
            return String.valueOf(today.getYear());
        }
        return (today.getYear() + 1) + "-H1";
    }
}
