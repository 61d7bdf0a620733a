package vn.foreignaffairs.registry.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.Pages.body;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.Pages;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The conference pages over HTTP: the application form and its revision, the steps, the late-application warning. */
class ConferencePagesTest extends RegistryIntegrationTest {

    private Pages pages() {
        return new Pages(api);
    }

    private ConferenceSteps steps() {
        return new ConferenceSteps(api);
    }

    /** The form of a two-day seminar starting {@code daysAhead} from today, as an officer types it. */
    private static Map<String, String> seminar(int daysAhead) {
        LocalDate start = ConferenceRequests.today().plusDays(daysAhead);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Hội thảo hợp tác giáo dục Việt - Lào");
        fields.put("content", "Trao đổi kinh nghiệm đào tạo nghề");
        fields.put("startDate", start.toString());
        fields.put("endDate", start.plusDays(1).toString());
        fields.put("venue", "Tam Kỳ");
        fields.put("participants", "80");
        fields.put("foreignParticipants", "20");
        fields.put("foreignCountries", "la");
        fields.put("foreignFunded", "false");
        fields.put("primeMinisterPermit", "false");
        return fields;
    }

    private String createdThroughThePage(Map<String, String> fields) {
        Api.Response created = pages().submit("officer", "/app/conferences/new", fields);
        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        return Pages.createdId(created);
    }

    @Test
    void anOfficerDraftsAConferenceAndFindsItInTheRegister() {
        String id = createdThroughThePage(seminar(60));

        Api.Response recorded = api.get("officer", ConferenceRequests.PATH + "/" + id);
        assertThat(recorded.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(recorded.body().path("details").path("foreignCountries").get(0).asText()).isEqualTo("LA");
        assertThat(recorded.body().path("details").path("participants").asInt()).isEqualTo(80);
        assertThat(body(pages().get("officer", "/app/conferences/" + id)))
                .contains("id=\"submit-form\"", "id=\"cancel-form\"", "id=\"edit-conference\"", "id=\"no-warnings\"");
        assertThat(body(pages().get("officer", "/app/conferences"))).contains("href=\"/app/conferences/" + id + "\"");
    }

    @Test
    void unreadableDatesAndNumbersAndTheRulesRefusalsAreShownInPlace() {
        Map<String, String> fields = seminar(60);
        fields.put("endDate", "31/12/2027");
        fields.put("participants", "tám mươi");
        Api.Response unreadable = pages().submit("officer", "/app/conferences/new", fields);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(body(unreadable)).contains("id=\"form-errors\"", "id=\"error-conference-endDate\"",
                "id=\"error-conference-participants\"", "value=\"31/12/2027\"", "value=\"tám mươi\"");

        Map<String, String> unsponsored = seminar(60);
        unsponsored.put("foreignFunded", "true");
        Api.Response refused = pages().submit("officer", "/app/conferences/new", unsponsored);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"error-conference-foreignSponsor\"");
    }

    @Test
    void aDraftIsRevisedThroughTheSameFormAndAStaleVersionIsSaidInPlainWords() {
        String id = createdThroughThePage(seminar(60));
        assertThat(body(pages().get("officer", "/app/conferences/" + id + "/edit")))
                .contains("value=\"Hội thảo hợp tác giáo dục Việt - Lào\"", "value=\"LA\"");

        Map<String, String> revision = seminar(60);
        revision.put("title", "Hội thảo hợp tác đào tạo nghề Việt - Lào");
        revision.put("version", "1");
        Api.Response revised = pages().submit("officer", "/app/conferences/" + id + "/edit", revision);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(302);
        assertThat(api.get("officer", ConferenceRequests.PATH + "/" + id).body().path("details").path("title").asText())
                .isEqualTo("Hội thảo hợp tác đào tạo nghề Việt - Lào");

        Api.Response stale = pages().submit("officer", "/app/conferences/" + id + "/edit", revision);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(body(stale)).contains("id=\"form-errors\"", "Hồ sơ vừa được người khác thay đổi.",
                "name=\"version\" value=\"1\"");
    }

    @Test
    void anApplicationFiledLateIsFiledAndTheWarningIsShownWithItsCode() {
        String id = createdThroughThePage(seminar(10));

        Api.Response nobody = pages().submit("officer", "/app/conferences/" + id + "/submit", "version", "1");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(body(nobody)).contains("id=\"error-submit-consultedAgencies\"", "id=\"action-error\"");

        Api.Response filed = pages().submit("officer", "/app/conferences/" + id + "/submit", "version", "1",
                "consultedAgencies", "SNGV, ca");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(302);
        assertThat(steps().statusOf(id)).isEqualTo("UNDER_CONSULTATION");
        String detail = body(pages().get("officer", "/app/conferences/" + id));
        assertThat(detail).contains("data-code=\"APPLICATION_TOO_LATE\"", "Hồ sơ nộp muộn", "data-agency=\"CA\"");
    }

    @Test
    void aReviewerRecordsAConsultedBodysOpinion() {
        String id = steps().applied("officer").id();
        assertThat(body(pages().get("reviewer", "/app/conferences/" + id)))
                .contains("id=\"consultations-form\"", "<option value=\"SNGV\">");

        Api.Response recorded = pages().submit("reviewer", "/app/conferences/" + id + "/consultations",
                "version", "2", "agency", "SNGV", "opinion", "AGREE", "note", "Nhất trí");

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(302);
        assertThat(api.get("reviewer", ConferenceRequests.PATH + "/" + id).body().path("consultations").get(0)
                .path("opinion").asText()).isEqualTo("AGREE");
    }

    @Test
    void anotherAgencysDraftIsNotFoundAndARoleThatMayNotIsRefusedWithAPage() {
        String id = createdThroughThePage(seminar(60));

        for (String path : new String[] {"/app/conferences/" + id, "/app/conferences/" + id + "/edit"}) {
            Api.Response hidden = pages().get("officer2", path);
            assertThat(hidden.status()).as(path).isEqualTo(404);
            assertThat(body(hidden)).contains("id=\"error-code\"", "NOT_FOUND");
        }
        Api.Response inspector = pages().submit("inspector", "/app/conferences/" + id + "/submit", "version", "1");
        assertThat(inspector.status()).isEqualTo(403);
        assertThat(body(inspector)).contains("id=\"error-message\"");
        assertThat(pages().get("leader", "/app/conferences/new").status()).isEqualTo(403);
        assertThat(steps().statusOf(id)).isEqualTo("DRAFT");
    }
}
