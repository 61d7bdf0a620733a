package vn.foreignaffairs.registry.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.Pages.body;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AgreementRequests;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.Pages;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The agreement pages over HTTP: the proposal form, the steps by role, and refusals as pages. */
class AgreementPagesTest extends RegistryIntegrationTest {

    private static final LocalDate TODAY = ProvinceTime.today();

    private Pages pages() {
        return new Pages(api);
    }

    private AgreementSteps steps() {
        return new AgreementSteps(api);
    }

    @Test
    void anOfficerProposesAnAgreementThroughTheFormAndFindsItInTheRegister() {
        Api.Response created = pages().submit("officer", "/app/agreements/new",
                "title", "Biên bản ghi nhớ với KOTRA", "kind", "MEMORANDUM_OF_UNDERSTANDING",
                "foreignParty.countryCode", "KR", "foreignParty.organisation", "KOTRA TP. Hồ Chí Minh",
                "fieldsOfCooperation", "Xúc tiến thương mại\nĐầu tư", "term.years", "3");

        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        String id = Pages.createdId(created);
        assertThat(created.header("Location")).endsWith("/app/agreements/" + id);
        Api.Response recorded = api.get("officer", AgreementRequests.PATH + "/" + id);
        assertThat(recorded.body().path("status").asText()).isEqualTo("PROPOSED");
        assertThat(recorded.body().path("signingBody").asText()).isEqualTo("SKHDT");
        assertThat(recorded.body().path("details").path("fieldsOfCooperation")).hasSize(2);
        assertThat(recorded.body().path("details").path("term").path("years").asInt()).isEqualTo(3);

        String detail = body(pages().get("officer", "/app/agreements/" + id));
        assertThat(detail).contains("data-status=\"PROPOSED\"", "id=\"consultation-requests-form\"")
                .doesNotContain("id=\"sign-form\"");
        assertThat(body(pages().get("officer", "/app/agreements")))
                .contains("href=\"/app/agreements/" + id + "\"", "id=\"new-agreement\"");
    }

    @Test
    void mistakesAreShownNextToTheirInputsWithWhatWasTypedAndNothingIsRecorded() {
        long before = api.get("leader", AgreementRequests.PATH + "?size=1").body().path("total").asLong();

        Api.Response refused = pages().submit("officer", "/app/agreements/new",
                "title", " ", "kind", "LETTER_OF_INTENT", "foreignParty.countryCode", "Nhật",
                "foreignParty.organisation", "Mecklenburg-Vorpommern", "term.years", "năm");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"form-errors\"")
                .contains("id=\"error-proposal-title\"", "id=\"error-proposal-foreignParty-countryCode\"",
                        "id=\"error-proposal-fieldsOfCooperation\"", "id=\"error-proposal-term-years\"")
                .contains("Phải là một số")
                .contains("value=\"Mecklenburg-Vorpommern\"", "selected=\"selected\">Ý định thư<");
        assertThat(api.get("leader", AgreementRequests.PATH + "?size=1").body().path("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void aReviewerRecordsAnOpinionAndADisagreementWithoutReasonsIsRefusedInPlace() {
        String id = steps().underConsultation("officer", AgreementRequests.proposal(), TODAY.minusDays(2));
        String detail = body(pages().get("reviewer", "/app/agreements/" + id));
        assertThat(detail).contains("id=\"consultations-form\"", "<option value=\"SNGV\"", "id=\"decision-link\"");

        Api.Response refused = pages().submit("reviewer", "/app/agreements/" + id + "/consultations",
                "version", "2", "agency", "SNGV", "opinion", "DISAGREE");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"error-consultations-note\"", "id=\"action-error\"");

        Api.Response recorded = pages().submit("reviewer", "/app/agreements/" + id + "/consultations",
                "version", "2", "agency", "SNGV", "opinion", "DISAGREE", "note", "Cần làm rõ nguồn kinh phí");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(302);
        assertThat(steps().read(id).path("consultations").get(0).path("opinion").asText()).isEqualTo("DISAGREE");
        assertThat(body(pages().get("reviewer", "/app/agreements/" + id))).contains("Cần làm rõ nguồn kinh phí");
    }

    @Test
    void theSigningBodysOfficerSignsTheApprovedAgreement() {
        String id = steps().approved("officer", AgreementRequests.proposal(), TODAY.minusDays(3));
        assertThat(body(pages().get("officer", "/app/agreements/" + id))).contains("id=\"sign-form\"");

        Api.Response signed = pages().submit("officer", "/app/agreements/" + id + "/sign", "version", "4",
                "signedOn", TODAY.minusDays(1).toString(), "place", "Osaka",
                "signatories[0].name", "Lê Văn Dũng", "signatories[1].name", "Chiyomatsu Hiroyuki");

        assertThat(signed.status()).as(signed.toString()).isEqualTo(302);
        assertThat(steps().read(id).path("status").asText()).isEqualTo("SIGNED");
        assertThat(steps().read(id).path("signing").path("signatories").get(1).path("side").asText())
                .isEqualTo("FOREIGN");
        assertThat(body(pages().get("officer", "/app/agreements/" + id)))
                .contains("id=\"enter-into-force-form\"", "id=\"report-to-government-form\"");
    }

    @Test
    void anotherAgencysOfficerSeesNoStepsAndIsRefusedWithAPage() {
        String id = steps().proposed("officer", AgreementRequests.proposal());

        assertThat(body(pages().get("officer2", "/app/agreements/" + id))).contains("id=\"no-steps\"")
                .doesNotContain("id=\"consultation-requests-form\"");
        Api.Response refused = pages().submit("officer2", "/app/agreements/" + id + "/consultation-requests",
                "version", "1", "agencies", "SNGV");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(body(refused)).contains("id=\"error-code\"", "NOT_OWN_AGENCY");
        assertThat(steps().statusOf(id)).isEqualTo("PROPOSED");
    }

    @Test
    void aRoleThatMayNotAndAnAgreementThatIsNotThereArePages() {
        String id = steps().proposed("officer", AgreementRequests.proposal());

        Api.Response inspector = pages().submit("inspector", "/app/agreements/" + id + "/sign", "version", "1");
        assertThat(inspector.status()).isEqualTo(403);
        assertThat(body(inspector)).contains("id=\"error-message\"", "FORBIDDEN");
        assertThat(pages().get("reviewer", "/app/agreements/new").status()).isEqualTo(403);

        Api.Response missing = pages().get("officer", "/app/agreements/7d8c2a52-1111-4e5e-9a6b-0a1b2c3d4e5f");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(body(missing)).contains("id=\"error-code\"", "NOT_FOUND");
    }

    @Test
    void aStaleVersionIsSaidInPlainWordsAndThePageShowsTheAgreementAsItNowStands() {
        String id = steps().proposed("officer", AgreementRequests.proposal());
        AgreementSteps.expect(api.post("officer", AgreementRequests.PATH + "/" + id + "/consultation-requests",
                AgreementRequests.consultation(TODAY, "SNGV"), "If-Match", "\"1\""), 200);

        Api.Response stale = pages().submit("officer", "/app/agreements/" + id + "/consultation-requests",
                "version", "1", "agencies", "CA");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(body(stale)).contains("Hồ sơ vừa được người khác thay đổi.", "data-status=\"UNDER_CONSULTATION\"",
                "id=\"version\">2<");
        assertThat(steps().read(id).path("consultations")).hasSize(1);
    }
}
