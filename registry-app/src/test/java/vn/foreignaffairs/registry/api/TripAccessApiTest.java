package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.TripRequests.HEAD;
import static vn.foreignaffairs.registry.support.TripRequests.amendment;
import static vn.foreignaffairs.registry.support.TripRequests.departure;
import static vn.foreignaffairs.registry.support.TripRequests.handback;
import static vn.foreignaffairs.registry.support.TripRequests.handout;
import static vn.foreignaffairs.registry.support.TripRequests.pastDelegation;
import static vn.foreignaffairs.registry.support.TripRequests.postponement;
import static vn.foreignaffairs.registry.support.TripRequests.report;
import static vn.foreignaffairs.registry.support.TripRequests.returning;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.TripIntegrationTest;

/**
 * Who may do what after approval: the agency's officers record the trip, its report and
 * passports; reviewers and leadership decide amendments and postponements and close; inspectors
 * read. Every refusal leaves the record as it was.
 */
class TripAccessApiTest extends TripIntegrationTest {

    private void assertForbidden(Api.Response response, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(code);
    }

    private long versionOf(String id) {
        return api.get("leader", "/api/v1/delegations/" + id).version();
    }

    @Test
    void officersDoNotDecideAmendmentsPostponementsOrClosing() {
        String id = approvedTrip("officer");
        assertForbidden(api.post("officer", path(id, "/amend"),
                amendment(pastDelegation(), "70/QĐ-UBND", "2025-03-01", null)), "FORBIDDEN");
        assertForbidden(api.post("officer", path(id, "/postpone"),
                postponement("Lùi lịch", "60/QĐ-UBND", "2025-02-25")), "FORBIDDEN");
        assertForbidden(api.post("officer", path(id, "/close"), null), "FORBIDDEN");
        assertThat(versionOf(id)).isEqualTo(3);
    }

    @Test
    void reviewersAndLeadershipDoNotRecordTheTrip() {
        String id = approvedTrip("officer");
        for (String user : new String[] {"reviewer", "leader"}) {
            assertForbidden(api.post(user, path(id, "/depart"), departure("2025-03-10")), "FORBIDDEN");
            assertForbidden(api.post(user, path(id, "/return"), returning("2025-03-14")), "FORBIDDEN");
            assertForbidden(api.post(user, path(id, "/report"), report()), "FORBIDDEN");
            assertForbidden(api.post(user, path(id, "/passports/handout"), handout(HEAD, "C1234567", "2025-03-05")),
                    "FORBIDDEN");
            assertForbidden(api.post(user, path(id, "/passports/handback"), handback(HEAD, "2025-03-16")),
                    "FORBIDDEN");
        }
        assertThat(versionOf(id)).isEqualTo(3);
    }

    @Test
    void anOfficerRecordsOnlyTheirOwnAgencysTrips() {
        String id = approvedTrip("officer");
        assertForbidden(api.post("officer2", path(id, "/passports/handout"), handout(HEAD, "C1234567",
                "2025-03-05")), "NOT_OWN_AGENCY");
        assertForbidden(api.post("officer2", path(id, "/depart"), departure("2025-03-10")), "NOT_OWN_AGENCY");
        ok(api.post("officer", path(id, "/passports/handout"), handout(HEAD, "C1234567", "2025-03-05")));
        ok(api.post("officer", path(id, "/depart"), departure("2025-03-10")));
        assertForbidden(api.post("officer2", path(id, "/return"), returning("2025-03-14")), "NOT_OWN_AGENCY");
        ok(api.post("officer", path(id, "/return"), returning("2025-03-14")));
        assertForbidden(api.post("officer2", path(id, "/report"), report()), "NOT_OWN_AGENCY");
        assertForbidden(api.post("officer2", path(id, "/passports/handback"), handback(HEAD, "2025-03-16")),
                "NOT_OWN_AGENCY");
        assertThat(statusOf(id)).isEqualTo("RETURNED");
        assertThat(api.get("officer2", path(id, "/trip")).status()).isEqualTo(200);
    }

    @Test
    void reviewersPostponeAndLeadershipAmends() {
        String id = approvedTrip("officer");
        assertThat(ok(api.post("reviewer", path(id, "/postpone"),
                postponement("Lùi lịch", "60/QĐ-UBND", "2025-02-25"))).body().path("status").asText())
                .isEqualTo("POSTPONED");
        assertThat(ok(api.post("leader", path(id, "/amend"),
                amendment(pastDelegation(), "70/QĐ-UBND", "2025-03-01", null))).body().path("status").asText())
                .isEqualTo("APPROVED");
    }

    @Test
    void inspectorsReadTripsAndOverdueListsAndChangeNothing() {
        String id = approvedTrip("officer");
        assertThat(api.get("inspector", path(id, "/trip")).status()).isEqualTo(200);
        assertThat(api.get("inspector", "/api/v1/overdue/reports").status()).isEqualTo(200);
        assertThat(api.get("inspector", "/api/v1/overdue/passports?agency=SKHDT").status()).isEqualTo(200);
        assertForbidden(api.post("inspector", path(id, "/amend"),
                amendment(pastDelegation(), "70/QĐ-UBND", "2025-03-01", null)), "FORBIDDEN");
        assertForbidden(api.post("inspector", path(id, "/postpone"),
                postponement("Lùi lịch", "60/QĐ-UBND", "2025-02-25")), "FORBIDDEN");
        assertForbidden(api.post("inspector", path(id, "/depart"), departure("2025-03-10")), "FORBIDDEN");
        assertForbidden(api.post("inspector", path(id, "/return"), returning("2025-03-14")), "FORBIDDEN");
        assertForbidden(api.post("inspector", path(id, "/report"), report()), "FORBIDDEN");
        assertForbidden(api.post("inspector", path(id, "/passports/handout"), handout(HEAD, "C1234567",
                "2025-03-05")), "FORBIDDEN");
        assertForbidden(api.post("inspector", path(id, "/passports/handback"), handback(HEAD, "2025-03-16")),
                "FORBIDDEN");
        assertForbidden(api.post("inspector", path(id, "/close"), null), "FORBIDDEN");
        assertThat(versionOf(id)).isEqualTo(3);
    }

    @Test
    void administratorsDoNotTouchTripsOrReadOverdueLists() {
        String id = approvedTrip("officer");
        assertForbidden(api.post("admin", path(id, "/depart"), departure("2025-03-10")), "FORBIDDEN");
        assertForbidden(api.post("admin", path(id, "/amend"),
                amendment(pastDelegation(), "70/QĐ-UBND", "2025-03-01", null)), "FORBIDDEN");
        assertForbidden(api.post("admin", path(id, "/close"), null), "FORBIDDEN");
        assertForbidden(api.get("admin", "/api/v1/overdue/reports"), "FORBIDDEN");
        assertForbidden(api.get("admin", "/api/v1/overdue/passports"), "FORBIDDEN");
        assertThat(api.get(null, "/api/v1/overdue/reports").status()).isEqualTo(401);
    }
}
