package vn.foreignaffairs.registry.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.AgreementRequests;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Browser;
import vn.foreignaffairs.registry.support.BrowserTest;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.TestPlans;

/** The outbound delegations' pages in a real browser, from the officer's form to the leader's decision. */
class DelegationRecordsBrowserTest extends BrowserTest {

    @Test
    void anOfficerCorrectsTheFormInPlaceAndALeaderApprovesTheOffPlanDelegationUsingAQuotaSlot() {
        Browser browser = browser().signIn("officer");
        browser.click("#nav-delegations");
        browser.waitFor("#delegations");
        assertThat(browser.text("#list-scope")).contains("SKHDT");
        browser.screenshot("delegations-list-officer");

        browser.click("#new-delegation");
        browser.waitFor("#delegation-form");
        fillOffPlanTrip(browser);
        browser.type("#title", " ");
        browser.click("#save-delegation");
        assertThat(browser.waitFor("#error-title").getText()).isEqualTo("Không được để trống.");
        assertThat(browser.find("#title").getAttribute("class")).contains("invalid");
        assertThat(browser.find("#city").getAttribute("value")).as("what was typed stays").isEqualTo("Osaka");

        browser.type("#title", "Xúc tiến đầu tư tại Osaka (ngoài kế hoạch)");
        browser.type("#returnDate", "2029-05-01");
        browser.click("#save-delegation");
        assertThat(browser.waitFor("#error-returnDate").getText()).isEqualTo("Ngày về không được trước ngày đi.");
        assertThat(browser.all("#error-title")).isEmpty();
        browser.screenshot("delegation-form-error");

        browser.type("#returnDate", "2029-05-08");
        browser.click("#save-delegation");
        browser.waitFor("#delegation-title");
        String path = browser.path();
        assertThat(path).matches("/app/delegations/[0-9a-f-]{36}");
        assertThat(browser.text("#notice")).isEqualTo("Đã lưu dự thảo đoàn ra.");
        assertThat(browser.text("#status")).isEqualTo("Dự thảo");
        assertThat(browser.text("#version")).isEqualTo("1");
        assertThat(browser.text("#plan")).isEqualTo("Ngoài kế hoạch");

        browser.click("#submit-delegation");
        browser.waitFor("#notice");
        assertThat(browser.text("#status")).isEqualTo("Đang xin ý kiến");
        browser.screenshot("delegation-detail-officer");
        assertThat(browser.all("#approve-form")).as("an officer does not decide").isEmpty();
        browser.signOut();

        browser.signIn("leader").open(path);
        int usedBefore = Integer.parseInt(browser.text("#quota-used"));
        browser.click("#opinion option[value='AGREE']");
        browser.type("#opinion-note", "Nhất trí");
        browser.click("#record-opinion");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã ghi nhận ý kiến.");

        browser.click("#approve-delegation");
        assertThat(browser.waitFor("#error-decisionNumber").getText()).isEqualTo("Không được để trống.");
        browser.type("#decision-number", "45/QĐ-UBND");
        browser.type("#decision-date", "2029-04-01");
        browser.click("#approve-delegation");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã phê duyệt đoàn ra.");
        assertThat(browser.text("#status")).isEqualTo("Đã phê duyệt");
        assertThat(browser.text("#decision")).startsWith("45/QĐ-UBND, 01/04/2029");
        assertThat(Integer.parseInt(browser.text("#quota-used"))).as("the approval took an off-plan slot")
                .isEqualTo(usedBefore + 1);
        browser.screenshot("delegation-detail-leader");

        browser.open("/app/dashboard?year=2029");
        assertThat(Integer.parseInt(browser.text("#quota-table tr.quota-row[data-agency='SKHDT'] td.used")))
                .as("the dashboard's quota table counts the same slot").isEqualTo(usedBefore + 1);
        browser.screenshot("journey-dashboard-leader");
        browser.signOut();

        browser.signIn("inspector").open(path);
        browser.click("#history-link");
        browser.waitFor("#timeline");
        assertThat(browser.text("#step-1 .summary")).startsWith("Lập dự thảo đoàn ra");
        assertThat(browser.text("#step-2 .summary")).isEqualTo("Trình phê duyệt");
        assertThat(browser.text("#timeline li.step:last-child .summary")).startsWith("Phê duyệt theo quyết định số 45/QĐ-UBND");
        assertThat(browser.text("#timeline li.step:last-child .actor")).isEqualTo("leader");
        browser.screenshot("journey-history-inspector");
        browser.click("#lang-en");
        assertThat(browser.waitFor("#record-title").getText()).startsWith("History of Outbound delegation");
        assertThat(browser.text("#step-2 .summary")).isEqualTo("Submitted for approval");
        browser.screenshot("journey-history-inspector-en");
    }

    @Test
    void theWarningsOfWhatWasSavedAreShownBesideTheFormWithTheirCodes() {
        Browser browser = browser().signIn("officer").open("/app/delegations/new");
        browser.type("#title", "Khảo sát du lịch Siem Reap");
        browser.type("#purpose", "Khảo sát tuyến du lịch di sản");
        browser.type("#countryCode", "KH");
        browser.type("#city", "Siem Reap");
        browser.type("#departureDate", "2027-08-02");
        browser.type("#returnDate", "2027-08-15");
        browser.type("#memberName", "Trần Thị Bình");
        browser.type("#costTotal", "150000000");
        browser.type("#programmeDate", "2027-08-03");
        browser.type("#programmeContent", "Làm việc với Sở Du lịch Siem Reap");
        browser.type("#plannedItemId", TestPlans.PLANNED_ITEM);
        browser.click("#save-delegation");

        assertThat(browser.waitFor("#form-warnings").getText()).contains("Số ngày vượt mức");
        assertThat(browser.path()).endsWith("/edit");
        assertThat(browser.text("#notice")).startsWith("Đã lưu.");
        assertThat(browser.all("#form-warnings li.warning[data-code='LENGTH_ABOVE_LIMIT']")).hasSize(1);
        browser.screenshot("delegation-form-warnings");

        browser.type("#returnDate", "2027-08-08");
        browser.type("#memberPosition", "Phó Giám đốc");
        browser.click("#save-delegation");
        assertThat(browser.waitFor("#status").getText()).as("nothing to warn of: the delegation's page")
                .isEqualTo("Dự thảo");
        assertThat(browser.text("#notice")).isEqualTo("Đã lưu thay đổi.");
        assertThat(browser.all("#warnings li[data-code='LENGTH_ABOVE_LIMIT']")).isEmpty();
    }

    @Test
    void aRejectionNeedsAReasonAndShowsIt() {
        String id = createSubmitted("officer").id();
        Browser browser = browser().signIn("reviewer").open("/app/delegations/" + id);
        assertThat(browser.text("#status")).isEqualTo("Đã trình");
        assertThat(browser.all("#quota")).hasSize(1);

        browser.click("#reject-delegation");
        assertThat(browser.waitFor("#error-reason").getText()).isEqualTo("Không được để trống.");
        browser.type("#reject-reason", "Trùng thời gian với đoàn khác của tỉnh");
        browser.click("#reject-delegation");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã ghi nhận: không phê duyệt.");
        assertThat(browser.text("#status")).isEqualTo("Không phê duyệt");
        assertThat(browser.text("#rejection-reason")).isEqualTo("Trùng thời gian với đoàn khác của tỉnh");
        browser.screenshot("delegation-rejected");
    }

    @Test
    void aStaleVersionIsSaidInPlainWords() {
        String id = createDraft("officer").id();
        Browser browser = browser().signIn("officer").open("/app/delegations/" + id);
        assertThat(browser.text("#version")).isEqualTo("1");

        // the same record changed in another tab meanwhile
        assertThat(api.post("officer", "/api/v1/delegations/" + id + "/submit", null, "If-Match", "\"1\"").status())
                .isEqualTo(200);

        browser.type("#cancel-reason", "Đối tác hoãn chương trình");
        browser.click("#cancel-delegation");
        assertThat(browser.waitFor("#action-error").getText())
                .contains("Hồ sơ vừa được người khác thay đổi. Hãy mở lại hồ sơ để xem bản mới nhất rồi thực hiện lại.");
        assertThat(browser.text("#status")).as("the page now shows the record as it stands").isEqualTo("Đã trình");
        assertThat(browser.text("#version")).isEqualTo("2");
        browser.screenshot("delegation-stale-version");
    }

    @Test
    void anInspectorSeesTheHistoryLinkAndNoSteps() {
        String id = createSubmitted("officer").id();
        Browser browser = browser().signIn("inspector").open("/app/delegations/" + id);

        assertThat(browser.find("#history-link").getAttribute("href"))
                .endsWith("/app/audit/records/delegation/" + id);
        assertThat(browser.all("#actions form")).isEmpty();
        browser.screenshot("delegation-detail-inspector");
    }

    @Test
    void anOfficerSeesTheOwnAgencysRegisters() {
        new AgreementSteps(api).proposed("officer", AgreementRequests.proposal());
        new ConferenceSteps(api).draft("officer");
        new AidSteps(api).proposed();
        Browser browser = browser().signIn("officer");
        for (String register : new String[] {"agreements", "conferences", "aid"}) {
            browser.click("#nav-" + register);
            browser.waitFor("table#" + register);
            assertThat(browser.path()).isEqualTo("/app/" + register);
            assertThat(browser.text("#list-scope")).contains("SKHDT");
            assertThat(browser.all("table#" + register + " .record-row")).isNotEmpty();
            browser.screenshot("register-" + register + "-officer");
        }
    }

    @Test
    void aLeaderSeesEveryAgencysDelegationsFilteredByStatusInEnglish() {
        createSubmitted("officer");
        createSubmitted("officer2");
        Browser browser = browser().signIn("leader").open("/app/delegations?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Outbound delegations");

        browser.click("#status-filter option[value='SUBMITTED']");
        browser.click("#apply-filter");
        browser.waitFor("#delegations");
        assertThat(browser.path()).startsWith("/app/delegations?status=SUBMITTED");
        assertThat(browser.all(".delegation-row")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).endsWith("Submitted"));
        assertThat(browser.html()).contains(">SKHDT<").contains(">SCT<");
        browser.screenshot("delegations-list-leader-en");
    }

    private static void fillOffPlanTrip(Browser browser) {
        browser.type("#purpose", "Xúc tiến đầu tư, ký biên bản ghi nhớ");
        browser.type("#countryCode", "JP");
        browser.type("#city", "Osaka");
        browser.type("#foreignPartner", "Izumisano City");
        browser.type("#departureDate", "2029-05-04");
        browser.type("#returnDate", "2029-05-08");
        browser.type("#memberName", "Nguyễn Văn An");
        browser.type("#memberPosition", "Giám đốc");
        browser.type("#costTotal", "300.000.000");
        browser.type("#programmeDate", "2029-05-05");
        browser.type("#programmePlace", "Osaka");
        browser.type("#programmeContent", "Làm việc với Izumisano về xúc tiến đầu tư");
        browser.type("#offPlanReason", "Đối tác mời đột xuất");
        browser.type("#offPlanNecessity", "Ký biên bản ghi nhớ hợp tác");
        browser.type("#invitationLetter", "TM-2029/07");
        browser.type("#consultedAgencies", "SNGV");
    }
}
