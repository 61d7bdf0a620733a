package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.ConferenceRequests.PATH;
import static vn.foreignaffairs.registry.support.ConferenceRequests.application;
import static vn.foreignaffairs.registry.support.ConferenceRequests.held;
import static vn.foreignaffairs.registry.support.ConferenceRequests.newConference;
import static vn.foreignaffairs.registry.support.ConferenceRequests.opinion;
import static vn.foreignaffairs.registry.support.ConferenceRequests.permit;
import static vn.foreignaffairs.registry.support.ConferenceRequests.reason;
import static vn.foreignaffairs.registry.support.ConferenceRequests.report;
import static vn.foreignaffairs.registry.support.ConferenceRequests.today;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Who may do what with conferences: the organiser's officers apply, record it held and report;
 * the reviewer records opinions; leadership permits or refuses. Every refusal leaves the record as it was.
 */
class ConferenceAccessApiTest extends RegistryIntegrationTest {

    private ConferenceSteps steps;

    @BeforeEach
    void steps() {
        steps = new ConferenceSteps(api);
    }

    private static void assertForbidden(Api.Response response, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(code);
    }

    @Test
    void onlyOfficersCreateConferencesAndTheOrganiserIsTheirOwnAgency() {
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH, newConference()), "FORBIDDEN");
        }
        assertThat(steps.draft("officer2").body().path("organiser").asText()).isEqualTo("SCT");
    }

    @Test
    void anOfficerCannotTouchAnotherAgencysConference() {
        String draft = steps.draft("officer").id();
        assertThat(api.post("officer2", PATH + "/" + draft + "/submit", application("SNGV")).status()).isEqualTo(404);
        assertForbidden(api.put("officer2", PATH + "/" + draft, newConference()), "NOT_OWN_AGENCY");
        assertForbidden(api.post("officer2", PATH + "/" + draft + "/cancel", reason("x")), "NOT_OWN_AGENCY");
        assertThat(steps.statusOf(draft)).isEqualTo("DRAFT");

        String permitted = steps.permitted("officer").id();
        LocalDate yesterday = today().minusDays(1);
        assertForbidden(api.post("officer2", PATH + "/" + permitted + "/held", held(yesterday, yesterday, 10, 2)),
                "NOT_OWN_AGENCY");
        assertThat(steps.statusOf(permitted)).isEqualTo("PERMITTED");

        String held = steps.held("officer").id();
        assertForbidden(api.post("officer2", PATH + "/" + held + "/report", report("x")), "NOT_OWN_AGENCY");
        assertThat(steps.statusOf(held)).isEqualTo("HELD");
    }

    @Test
    void onlyTheReviewerRecordsOpinions() {
        String id = steps.applied("officer").id();
        for (String user : new String[] {"officer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", null)),
                    "FORBIDDEN");
        }
        assertThat(api.get("leader", PATH + "/" + id).body().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void onlyLeadershipPermitsOrRefuses() {
        String id = steps.answered("officer").id();
        for (String user : new String[] {"officer", "reviewer", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH + "/" + id + "/permit", permit()), "FORBIDDEN");
            assertForbidden(api.post(user, PATH + "/" + id + "/refuse", reason("x")), "FORBIDDEN");
        }
        assertThat(steps.statusOf(id)).isEqualTo("UNDER_CONSULTATION");
        assertThat(api.post("leader", PATH + "/" + id + "/permit", permit()).status()).isEqualTo(200);
    }

    @Test
    void onlyTheOrganisersOfficersRecordItHeldAndReport() {
        String permitted = steps.permitted("officer").id();
        LocalDate yesterday = today().minusDays(1);
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH + "/" + permitted + "/held", held(yesterday, yesterday, 10, 2)),
                    "FORBIDDEN");
        }
        String held = steps.held("officer").id();
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH + "/" + held + "/report", report("x")), "FORBIDDEN");
        }
    }

    @Test
    void reviewersAndLeadershipMayCancelButInspectorsChangeNothing() {
        String byReviewer = steps.applied("officer").id();
        assertThat(api.post("reviewer", PATH + "/" + byReviewer + "/cancel", reason("Đơn vị rút hồ sơ")).status())
                .isEqualTo(200);
        String byLeader = steps.permitted("officer2").id();
        assertForbidden(api.post("inspector", PATH + "/" + byLeader + "/cancel", reason("x")), "FORBIDDEN");
        assertThat(api.post("leader", PATH + "/" + byLeader + "/cancel", reason("Đối tác hoãn")).status())
                .isEqualTo(200);
        assertThat(steps.statusOf(byLeader)).isEqualTo("CANCELLED");
    }

    @Test
    void everyoneSignedInReadsSubmittedConferences() {
        String id = steps.applied("officer").id();
        for (String user : new String[] {"officer2", "reviewer", "leader", "inspector", "admin"}) {
            assertThat(api.get(user, PATH + "/" + id).status()).as(user).isEqualTo(200);
        }
    }
}
