package vn.foreignaffairs.registry.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Browser;
import vn.foreignaffairs.registry.support.BrowserTest;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.ConferenceSteps;

/** The conference pages in a real browser: a draft corrected and revised, filed late with its warning, an opinion. */
class ConferencePagesBrowserTest extends BrowserTest {

    @Test
    void anOfficerDraftsReviseAndFilesAConferenceAndIsWarnedThatItCameLate() {
        LocalDate start = ConferenceRequests.today().plusDays(12);
        Browser browser = browser().signIn("officer");
        browser.click("#nav-conferences");
        browser.waitFor("table#conferences");
        browser.click("#new-conference");
        browser.waitFor("#conference-form");
        browser.screenshot("conference-form-officer");

        browser.type("#conference-title", "Hội thảo xúc tiến du lịch Hàn Quốc");
        browser.type("#conference-content", "Giới thiệu sản phẩm du lịch của tỉnh");
        browser.type("#conference-startDate", start.toString());
        browser.type("#conference-endDate", start.plusDays(1).toString());
        browser.type("#conference-venue", "Hội An");
        browser.type("#conference-participants", "một trăm");
        browser.type("#conference-foreignParticipants", "25");
        browser.type("#conference-foreignCountries", "KR");
        browser.click("#conference-submit");
        assertThat(browser.waitFor("#error-conference-participants").getText())
                .isEqualTo("Phải là một số, ví dụ 12 hoặc 25400.5.");
        assertThat(browser.find("#conference-venue").getAttribute("value")).isEqualTo("Hội An");
        browser.screenshot("conference-form-error");

        browser.type("#conference-participants", "100");
        browser.click("#conference-submit");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã lưu dự thảo hồ sơ hội nghị, hội thảo.");
        assertThat(browser.text("#status")).isEqualTo("Dự thảo");
        browser.screenshot("conference-detail-draft");

        browser.click("#edit-conference");
        browser.waitFor("#conference-form");
        assertThat(browser.find("#conference-participants").getAttribute("value")).isEqualTo("100");
        browser.type("#conference-venue", "Trung tâm Hội nghị Hội An");
        browser.screenshot("conference-edit");
        browser.click("#conference-submit");
        assertThat(browser.waitFor("#venue").getText()).isEqualTo("Trung tâm Hội nghị Hội An");
        assertThat(browser.text("#version")).isEqualTo("2");

        browser.type("#submit-consultedAgencies", "SNGV, CA");
        browser.click("#submit-submit");
        assertThat(browser.waitFor("#notice").getText()).startsWith("Đã nộp hồ sơ xin phép");
        assertThat(browser.text("#status")).isEqualTo("Đang lấy ý kiến");
        assertThat(browser.find("#warnings li.warning").getAttribute("data-code")).isEqualTo("APPLICATION_TOO_LATE");
        assertThat(browser.text("#warnings")).startsWith("Hồ sơ nộp muộn");
        browser.screenshot("conference-detail-late");
    }

    @Test
    void aReviewerRecordsAConsultedBodysOpinionFromTheDecisionPage() {
        String id = new ConferenceSteps(api).applied("officer").id();
        Browser browser = browser().signIn("reviewer").open("/app/decisions/conference/" + id);
        browser.click("#to-record");
        browser.waitFor("#consultations-form");

        browser.click("#consultations-agency option[value='CA']");
        browser.type("#consultations-note", "Đồng ý, đề nghị bảo đảm an ninh");
        browser.click("#consultations-submit");

        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã ghi nhận ý kiến.");
        assertThat(browser.text("#consultations span.consultation[data-agency='CA']"))
                .isEqualTo("CA: Nhất trí – Đồng ý, đề nghị bảo đảm an ninh");
        browser.screenshot("conference-detail-reviewer");
    }
}
