package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.ConferenceRequests.PATH;
import static vn.foreignaffairs.registry.support.ConferenceRequests.application;
import static vn.foreignaffairs.registry.support.ConferenceRequests.opinion;
import static vn.foreignaffairs.registry.support.ConferenceRequests.reason;
import static vn.foreignaffairs.registry.support.ConferenceRequests.report;
import static vn.foreignaffairs.registry.support.ConferenceRequests.today;
import static vn.foreignaffairs.registry.support.ConferenceSteps.HELD_DAYS_AGO;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * The overdue lists of conferences: consulted bodies that have not answered by their due date
 * (15 days after the application), and reports not filed within 15 days after the conference closed.
 */
class ConferenceOverdueApiTest extends RegistryIntegrationTest {

    private static final String REPORTS = PATH + "/overdue-reports";
    private static final String CONSULTATIONS = PATH + "/overdue-consultations";

    private ConferenceSteps steps;

    @BeforeEach
    void steps() {
        steps = new ConferenceSteps(api);
    }

    /** The items of a list about one conference. */
    private List<JsonNode> itemsOf(Api.Response list, String conferenceId) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        list.body().path("items").forEach(item -> {
            if (item.path("conferenceId").asText().equals(conferenceId)) {
                items.add(item);
            }
        });
        return items;
    }

    private static String on(LocalDate day) {
        return "asOf=" + day;
    }

    @Test
    void aConsultedBodyThatHasNotAnsweredByItsDueDateIsOverdue() {
        String id = steps.applied("officer").id();
        LocalDate due = today().plusDays(15);
        assertThat(itemsOf(api.get("reviewer", CONSULTATIONS + "?" + on(due)), id)).isEmpty();

        List<JsonNode> overdue = itemsOf(api.get("reviewer", CONSULTATIONS + "?" + on(due.plusDays(3))), id);
        assertThat(overdue).extracting(item -> item.path("consultedAgency").asText()).containsExactly("CA", "SNGV");
        JsonNode item = overdue.get(0);
        assertThat(item.path("organiser").asText()).isEqualTo("SKHDT");
        assertThat(item.path("title").asText()).isEqualTo("Hội thảo xúc tiến đầu tư Nhật Bản - Quảng Nam");
        assertThat(item.path("requestedOn").asText()).isEqualTo(today().toString());
        assertThat(item.path("dueDate").asText()).isEqualTo(due.toString());
        assertThat(item.path("daysOverdue").asLong()).isEqualTo(3);
    }

    @Test
    void anAnswerTakesTheBodyOffTheListFromTheDayItWasRecorded() {
        String id = steps.applied("officer").id();
        api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", null));
        LocalDate afterDue = today().plusDays(16);
        assertThat(itemsOf(api.get("leader", CONSULTATIONS + "?" + on(afterDue)), id))
                .extracting(item -> item.path("consultedAgency").asText()).containsExactly("CA");
        assertThat(itemsOf(api.get("leader", CONSULTATIONS + "?consultedAgency=SNGV&" + on(afterDue)), id)).isEmpty();
        assertThat(itemsOf(api.get("leader", CONSULTATIONS + "?consultedAgency=CA&organiser=SKHDT&" + on(afterDue)),
                id)).hasSize(1);
        assertThat(itemsOf(api.get("leader", CONSULTATIONS + "?organiser=SCT&" + on(afterDue)), id)).isEmpty();
    }

    @Test
    void aRefusedOrCancelledApplicationWaitsForNoMoreAnswers() {
        String refused = steps.applied("officer").id();
        api.post("leader", PATH + "/" + refused + "/refuse", reason("Không phù hợp"));
        String cancelled = steps.applied("officer").id();
        api.post("officer", PATH + "/" + cancelled + "/cancel", reason("Rút hồ sơ"));
        Api.Response list = api.get("inspector", CONSULTATIONS + "?" + on(today().plusDays(20)));
        assertThat(itemsOf(list, refused)).isEmpty();
        assertThat(itemsOf(list, cancelled)).isEmpty();
    }

    @Test
    void officersSeeTheAnswersTheirAgencyOwesAndThoseTheirApplicationsWaitFor() {
        String theirs = steps.applied("officer").id();
        String owed = steps.draft("officer").id();
        api.post("officer", PATH + "/" + owed + "/submit", application("SCT"));
        String elsewhere = steps.applied("officer").id();
        String asOf = on(today().plusDays(16));

        Api.Response organiser = api.get("officer", CONSULTATIONS + "?" + asOf);
        assertThat(itemsOf(organiser, theirs)).hasSize(2);
        assertThat(itemsOf(organiser, owed)).hasSize(1);

        Api.Response consulted = api.get("officer2", CONSULTATIONS + "?" + asOf);
        assertThat(itemsOf(consulted, owed)).extracting(item -> item.path("consultedAgency").asText())
                .containsExactly("SCT");
        assertThat(itemsOf(consulted, elsewhere)).isEmpty();
    }

    @Test
    void aReportNotFiledWithinItsDaysIsOverdue() {
        String id = steps.held("officer").id();
        LocalDate ended = today().minusDays(HELD_DAYS_AGO - 1);
        LocalDate due = ended.plusDays(15);
        assertThat(itemsOf(api.get("leader", REPORTS + "?" + on(due)), id)).isEmpty();

        Api.Response list = api.get("leader", REPORTS + "?organiser=SKHDT&" + on(today()));
        assertThat(list.body().path("organiser").asText()).isEqualTo("SKHDT");
        assertThat(list.body().path("asOf").asText()).isEqualTo(today().toString());
        List<JsonNode> overdue = itemsOf(list, id);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).path("endedOn").asText()).isEqualTo(ended.toString());
        assertThat(overdue.get(0).path("reportDueDate").asText()).isEqualTo(due.toString());
        assertThat(overdue.get(0).path("daysOverdue").asLong()).isEqualTo(today().toEpochDay() - due.toEpochDay());
        assertThat(itemsOf(api.get("leader", REPORTS), id)).hasSize(1);
    }

    @Test
    void aFiledReportLeavesTheListFromTheDayItWasFiled() {
        String id = steps.held("officer").id();
        api.post("officer", PATH + "/" + id + "/report", report("Kết quả hội thảo"));
        assertThat(itemsOf(api.get("inspector", REPORTS + "?" + on(today())), id)).isEmpty();
        assertThat(itemsOf(api.get("inspector", REPORTS + "?" + on(today().minusDays(1))), id)).hasSize(1);
    }

    @Test
    void officersSeeTheirOwnAgencysOverdueReportsOnly() {
        String sct = steps.held("officer2").id();
        assertThat(itemsOf(api.get("officer", REPORTS), sct)).isEmpty();
        assertThat(itemsOf(api.get("officer2", REPORTS), sct)).hasSize(1);
        Api.Response other = api.get("officer", REPORTS + "?organiser=SCT");
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("NOT_OWN_AGENCY");
    }

    @Test
    void badParametersAreRefused() {
        Api.Response unknown = api.get("leader", REPORTS + "?organiser=NOPE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN_AGENCY");
        Api.Response unknownConsulted = api.get("leader", CONSULTATIONS + "?consultedAgency=NOPE");
        assertThat(unknownConsulted.body().path("errors").get(0).path("field").asText()).isEqualTo("consultedAgency");
        Api.Response badDay = api.get("leader", CONSULTATIONS + "?asOf=tomorrow");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.body().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
        assertThat(api.get("admin", REPORTS).code()).isEqualTo("FORBIDDEN");
    }
}
