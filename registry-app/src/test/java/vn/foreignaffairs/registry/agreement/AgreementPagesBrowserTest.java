package vn.foreignaffairs.registry.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AgreementRequests;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.Browser;
import vn.foreignaffairs.registry.support.BrowserTest;

/** The agreement pages in a real browser: an officer's proposal corrected in place, a reviewer's opinion. */
class AgreementPagesBrowserTest extends BrowserTest {

    @Test
    void anOfficerProposesAnAgreementCorrectingAFieldInPlaceAndAReviewerRecordsAnOpinion() {
        Browser browser = browser().signIn("officer");
        browser.click("#nav-agreements");
        browser.waitFor("table#agreements");
        browser.click("#new-agreement");
        browser.waitFor("#proposal-form");
        browser.screenshot("agreement-form-officer");

        browser.type("#proposal-title", "Ý định thư hợp tác với bang Mecklenburg-Vorpommern");
        browser.click("#proposal-kind option[value='LETTER_OF_INTENT']");
        browser.type("#proposal-foreignParty-countryCode", "Đức");
        browser.type("#proposal-foreignParty-organisation", "Bang Mecklenburg-Vorpommern");
        browser.type("#proposal-fieldsOfCooperation", "Năng lượng tái tạo\nĐào tạo nghề");
        browser.type("#proposal-term-years", "3");
        browser.click("#proposal-submit");
        assertThat(browser.waitFor("#error-proposal-foreignParty-countryCode").getText())
                .isEqualTo("Không đúng dạng quy định.");
        assertThat(browser.find("#proposal-foreignParty-countryCode").getAttribute("class")).contains("invalid");
        assertThat(browser.find("#proposal-foreignParty-organisation").getAttribute("value"))
                .as("what was typed stays").isEqualTo("Bang Mecklenburg-Vorpommern");
        assertThat(browser.text("#error-summary")).contains("Nước của bên ký kết nước ngoài");
        browser.screenshot("agreement-form-error");

        browser.type("#proposal-foreignParty-countryCode", "DE");
        browser.click("#proposal-submit");
        browser.waitFor("#record-title");
        String path = browser.path();
        assertThat(path).matches("/app/agreements/[0-9a-f-]{36}");
        assertThat(browser.text("#notice")).isEqualTo("Đã ghi nhận đề xuất ký kết thỏa thuận.");
        assertThat(browser.text("#status")).isEqualTo("Đề xuất");
        assertThat(browser.text("#fields-of-cooperation")).isEqualTo("Năng lượng tái tạo; Đào tạo nghề");

        browser.type("#consultation-requests-agencies", "SNGV");
        browser.click("#consultation-requests-submit");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã gửi lấy ý kiến các cơ quan.");
        assertThat(browser.text("#status")).isEqualTo("Đang lấy ý kiến");
        assertThat(browser.all("#consultations-form")).as("opinions are the reviewer's to record").isEmpty();
        browser.screenshot("agreement-detail-officer");
        browser.signOut();

        String id = path.substring(path.lastIndexOf('/') + 1);
        browser.signIn("reviewer").open("/app/queue");
        browser.click("#queue a[href='/app/decisions/agreement/" + id + "']");
        browser.waitFor("#not-yours");
        browser.screenshot("decision-agreement-reviewer");
        browser.click("#to-record");
        browser.waitFor("#consultations-form");
        browser.click("#consultations-opinion option[value='DISAGREE']");
        browser.click("#consultations-submit");
        assertThat(browser.waitFor("#error-consultations-note").getText())
                .isEqualTo("Ý kiến không nhất trí cần nêu rõ lý do.");
        browser.type("#consultations-note", "Cần làm rõ nguồn kinh phí đối ứng");
        browser.click("#consultations-submit");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã ghi nhận ý kiến.");
        assertThat(browser.text("#consultations")).isEqualTo("SNGV: Không nhất trí – Cần làm rõ nguồn kinh phí đối ứng");
        browser.screenshot("agreement-detail-reviewer");

        browser.click("#lang-en");
        assertThat(browser.waitFor("#status").getText()).isEqualTo("Under consultation");
        assertThat(browser.text("#consultations")).startsWith("SNGV: Disagrees");
        browser.screenshot("agreement-detail-reviewer-en");
    }

    @Test
    void theSigningBodysOfficerRecordsTheSigningOfAnApprovedAgreement() {
        LocalDate today = ProvinceTime.today();
        String id = new AgreementSteps(api).approved("officer", AgreementRequests.proposal(), today.minusDays(2));
        Browser browser = browser().signIn("officer").open("/app/agreements/" + id);
        assertThat(browser.text("#status")).isEqualTo("Đã chấp thuận");

        browser.type("#sign-signedOn", today.toString());
        browser.type("#sign-place", "Izumisano, Osaka");
        browser.type("#sign-signatories-0-name", "Lê Văn Dũng");
        browser.click("#sign-submit");
        assertThat(browser.waitFor("#error-sign-signatories-1-name").getText()).isEqualTo("Không được để trống.");
        browser.type("#sign-signatories-1-name", "Chiyomatsu Hiroyuki");
        browser.click("#sign-submit");
        assertThat(browser.waitFor("#notice").getText()).isEqualTo("Đã ghi nhận việc ký kết.");
        assertThat(browser.text("#status")).isEqualTo("Đã ký kết");
        assertThat(browser.text("#signing")).contains("Phía nước ngoài: Chiyomatsu Hiroyuki");
        browser.screenshot("agreement-signed-officer");
    }
}
