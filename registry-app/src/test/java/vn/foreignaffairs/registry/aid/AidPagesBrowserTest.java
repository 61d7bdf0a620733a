package vn.foreignaffairs.registry.aid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Browser;
import vn.foreignaffairs.registry.support.BrowserTest;

/** The aid pages in a real browser: an officer's proposal, the reviewer's opinion and appraisal, a receipt. */
class AidPagesBrowserTest extends BrowserTest {

    @Test
    void anOfficerProposesAidAndTheReviewerRecordsAnOpinionAndAppraisesIt() {
        String donor = new AidSteps(api).donor();
        Browser browser = browser().signIn("officer");
        browser.click("#nav-aid");
        browser.waitFor("table#aid");
        browser.click("#new-aid");
        browser.waitFor("#proposal-form");
        browser.screenshot("aid-form-officer");

        browser.type("#proposal-title", "Học bổng cho học sinh nghèo vùng cao");
        browser.type("#proposal-donorId", donor);
        browser.click("#proposal-sector option[value='EDUCATION_AND_TRAINING']");
        browser.type("#proposal-districts", "Nam Trà My\nBắc Trà My");
        browser.type("#proposal-committed-amount", "30000");
        browser.type("#proposal-committed-currency", "EUR");
        browser.type("#proposal-committed-vndRate", "27500");
        browser.type("#proposal-committed-rateDate", "2026-01-05");
        browser.type("#proposal-plannedStartDate", "2026-03-01");
        browser.type("#proposal-plannedEndDate", "2026-12-31");
        browser.type("#proposal-fileCompletedOn", "2026-01-10");
        browser.click("#proposal-submit");
        browser.waitFor("#record-title");
        assertThat(browser.text("#notice")).isEqualTo("Đã ghi nhận đề xuất tiếp nhận viện trợ.");
        assertThat(browser.text("#status")).isEqualTo("Đề xuất");
        assertThat(browser.text("#committed")).startsWith("30000 EUR");
        browser.screenshot("aid-detail-officer");
        String path = browser.path();
        browser.signOut();

        browser.signIn("reviewer").open(path);
        browser.type("#consultations-agency", "CA");
        browser.click("#consultations-submit");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã ghi nhận ý kiến.");
        assertThat(browser.text("#consultations")).isEqualTo("CA: Nhất trí");

        browser.click("#appraise-submit");
        assertThat(browser.waitFor("#error-appraise-summary").getText()).isEqualTo("Không được để trống.");
        browser.screenshot("aid-appraisal-error");
        browser.type("#appraise-summary", "Phù hợp quy hoạch giáo dục, nhà tài trợ có năng lực");
        browser.type("#appraise-appraisedOn", "2026-02-20");
        browser.click("#appraise-submit");
        assertThat(browser.waitFor("#notice").getText()).startsWith("Đã ghi nhận kết quả thẩm định");
        assertThat(browser.text("#status")).isEqualTo("Đã thẩm định");
        assertThat(browser.find("#warnings li.warning").getAttribute("data-code")).isEqualTo("APPRAISAL_LATE");
        browser.screenshot("aid-detail-reviewer");
    }

    @Test
    void theReceivingAgencyRecordsTheFirstReceiptOfApprovedAid() {
        String id = new AidSteps(api).approved().id();
        Browser browser = browser().signIn("officer").open("/app/aid/" + id);
        assertThat(browser.text("#status")).isEqualTo("Đã phê duyệt");

        browser.type("#receipts-receivedOn", "2026-03-02");
        browser.type("#receipts-amount", "40000");
        browser.type("#receipts-currency", "USD");
        browser.type("#receipts-vndRate", "25450");
        browser.type("#receipts-rateDate", "2026-03-02");
        browser.type("#receipts-reference", "PT-01");
        browser.click("#receipts-submit");

        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã ghi nhận khoản tiếp nhận.");
        assertThat(browser.text("#status")).isEqualTo("Đang thực hiện");
        assertThat(browser.text("#transactions")).contains("Tiếp nhận 02/03/2026: 40000 USD (PT-01)");
        browser.screenshot("aid-receipt-officer");
    }
}
