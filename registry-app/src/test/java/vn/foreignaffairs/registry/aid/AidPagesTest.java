package vn.foreignaffairs.registry.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.Pages.body;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.AidRequestBodies;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.Pages;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The aid pages over HTTP: the proposal form, the reviewer's consultation and appraisal, the receiving agency's money. */
class AidPagesTest extends RegistryIntegrationTest {

    private Pages pages() {
        return new Pages(api);
    }

    private AidSteps steps() {
        return new AidSteps(api);
    }

    private static Map<String, String> proposal(String donorId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "PROJECT");
        fields.put("title", "Trang thiết bị y tế cho trạm y tế xã");
        fields.put("donorId", donorId);
        fields.put("sector", "HEALTH");
        fields.put("districts", "Núi Thành\nPhú Ninh");
        fields.put("committed.amount", "50000");
        fields.put("committed.currency", "USD");
        fields.put("committed.vndRate", "25400");
        fields.put("committed.rateDate", "2026-01-05");
        fields.put("plannedStartDate", "2026-03-01");
        fields.put("plannedEndDate", "2027-02-28");
        fields.put("fileCompletedOn", "2026-01-10");
        return fields;
    }

    @Test
    void anOfficerProposesAidThroughTheFormAndFindsItInTheRegister() {
        String donor = steps().donor();
        assertThat(body(pages().get("officer", "/app/aid/new"))).contains("id=\"proposal-donorId-choices\"");

        Api.Response created = pages().submit("officer", "/app/aid/new", proposal(donor));

        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        String id = Pages.createdId(created);
        Api.Response recorded = steps().get(id);
        assertThat(recorded.body().path("status").asText()).isEqualTo("PROPOSED");
        assertThat(recorded.body().path("receivingAgency").asText()).isEqualTo("SKHDT");
        assertThat(recorded.body().path("details").path("districts")).hasSize(2);
        assertThat(recorded.body().path("details").path("committed").path("amount").decimalValue())
                .isEqualByComparingTo("50000");
        assertThat(body(pages().get("officer", "/app/aid"))).contains("href=\"/app/aid/" + id + "\"");
        assertThat(body(pages().get("officer", "/app/aid/" + id))).contains("id=\"no-steps\"");
    }

    @Test
    void mistakesAndAnUnknownDonorAreShownNextToTheirInputsAndNothingIsRecorded() {
        long before = api.get("leader", AidRequestBodies.PROJECTS + "?size=1").body().path("total").asLong();
        Map<String, String> mistaken = proposal(steps().donor());
        mistaken.put("committed.amount", "năm mươi nghìn");
        mistaken.put("districts", " ");
        Api.Response refused = pages().submit("officer", "/app/aid/new", mistaken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"form-errors\"", "id=\"error-proposal-committed-amount\"",
                "id=\"error-proposal-districts\"", "value=\"năm mươi nghìn\"");

        Api.Response unknown = pages().submit("officer", "/app/aid/new", proposal("no-such-donor"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(body(unknown)).contains("id=\"error-proposal-donorId\"",
                "Không có nhà tài trợ với mã này trong danh mục.");
        assertThat(api.get("leader", AidRequestBodies.PROJECTS + "?size=1").body().path("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void theReviewerRecordsAnOpinionAndAppraisesAndALateAppraisalIsWarnedOf() {
        String id = steps().proposed().id();
        assertThat(body(pages().get("reviewer", "/app/aid/" + id)))
                .contains("id=\"consultations-form\"", "id=\"appraise-form\"");

        Api.Response opinion = pages().submit("reviewer", "/app/aid/" + id + "/consultations", "version", "1",
                "agency", "CA", "opinion", "AGREE");
        assertThat(opinion.status()).as(opinion.toString()).isEqualTo(302);

        Api.Response stale = pages().submit("reviewer", "/app/aid/" + id + "/appraise", "version", "1",
                "conclusion", "FAVOURABLE", "summary", "Đủ điều kiện", "appraisedOn", "2026-02-20");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(body(stale)).contains("Hồ sơ vừa được người khác thay đổi.", "data-agency=\"CA\"");

        Api.Response appraised = pages().submit("reviewer", "/app/aid/" + id + "/appraise", "version", "2",
                "conclusion", "FAVOURABLE", "summary", "Đủ điều kiện", "appraisedOn", "2026-02-20");
        assertThat(appraised.status()).as(appraised.toString()).isEqualTo(302);
        assertThat(steps().get(id).body().path("status").asText()).isEqualTo("APPRAISED");
        assertThat(body(pages().get("reviewer", "/app/aid/" + id)))
                .contains("data-code=\"APPRAISAL_LATE\"", "id=\"decision-link\"");
    }

    @Test
    void theReceivingAgencyRecordsAReceiptAndAnotherAgencyIsRefusedWithAPage() {
        String id = steps().approved().id();
        assertThat(body(pages().get("officer", "/app/aid/" + id))).contains("id=\"receipts-form\"");
        Map<String, String> receipt = new LinkedHashMap<>();
        receipt.put("version", "4");
        receipt.put("receivedOn", "2026-03-02");
        receipt.put("amount", "40000.00");
        receipt.put("currency", "USD");
        receipt.put("vndRate", "25450");
        receipt.put("rateDate", "2026-03-02");

        Api.Response foreign = pages().submit("officer2", "/app/aid/" + id + "/receipts", receipt);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(body(foreign)).contains("id=\"error-code\"", "NOT_OWN_AGENCY");

        Api.Response recorded = pages().submit("officer", "/app/aid/" + id + "/receipts", receipt);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(302);
        assertThat(steps().get(id).body().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(body(pages().get("officer", "/app/aid/" + id))).contains("data-type=\"RECEIPT\"",
                "id=\"completion-report-form\"");
    }

    @Test
    void aRoleThatMayNotAndAidThatIsNotThereArePages() {
        String id = steps().proposed().id();

        Api.Response officer = pages().submit("officer", "/app/aid/" + id + "/appraise", "version", "1");
        assertThat(officer.status()).isEqualTo(403);
        assertThat(body(officer)).contains("id=\"error-message\"", "FORBIDDEN");
        assertThat(pages().get("inspector", "/app/aid/new").status()).isEqualTo(403);

        Api.Response missing = pages().get("reviewer", "/app/aid/7d8c2a52-1111-4e5e-9a6b-0a1b2c3d4e5f");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(body(missing)).contains("id=\"error-code\"");
    }
}
