package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.TripRequests.APPROVAL_NUMBER;
import static vn.foreignaffairs.registry.support.TripRequests.HEAD;
import static vn.foreignaffairs.registry.support.TripRequests.INTERPRETER;
import static vn.foreignaffairs.registry.support.TripRequests.amendment;
import static vn.foreignaffairs.registry.support.TripRequests.departure;
import static vn.foreignaffairs.registry.support.TripRequests.handback;
import static vn.foreignaffairs.registry.support.TripRequests.handout;
import static vn.foreignaffairs.registry.support.TripRequests.pastDelegation;
import static vn.foreignaffairs.registry.support.TripRequests.postponement;
import static vn.foreignaffairs.registry.support.TripRequests.report;
import static vn.foreignaffairs.registry.support.TripRequests.returning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.TripIntegrationTest;

/** Every refusal after approval is a problem-details answer with a stable code, and changes nothing. */
class TripErrorsApiTest extends TripIntegrationTest {

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.body().path("detail").asText()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("at vn.");
    }

    /** A 400 whose first field error names the field and the rule. */
    private static void assertFieldRefusal(Api.Response response, String field, String code) {
        assertProblem(response, 400, "VALIDATION_FAILED");
        JsonNode error = response.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("code").asText()).isEqualTo(code);
    }

    private long versionOf(String id) {
        return api.get("leader", "/api/v1/delegations/" + id).version();
    }

    @Test
    void stepsOutOfOrderAreIllegalTransitions() {
        String submitted = createSubmitted("officer").id();
        assertProblem(api.post("officer", path(submitted, "/depart"), departure("2025-03-10")), 409,
                "ILLEGAL_TRANSITION");
        String approved = approvedTrip("officer");
        assertProblem(api.post("officer", path(approved, "/return"), returning("2025-03-14")), 409,
                "ILLEGAL_TRANSITION");
        assertProblem(api.post("officer", path(approved, "/report"), report()), 409, "ILLEGAL_TRANSITION");
        assertProblem(api.post("leader", path(approved, "/close"), null), 409, "ILLEGAL_TRANSITION");
        assertProblem(api.post("leader", path(submitted, "/amend"),
                amendment(pastDelegation(), "70/QĐ-UBND", "2025-03-01", null)), 409, "ILLEGAL_TRANSITION");
        assertThat(statusOf(submitted)).isEqualTo("SUBMITTED");
        assertThat(statusOf(approved)).isEqualTo("APPROVED");
    }

    @Test
    void aChangeAfterApprovalNeedsANewDecision() {
        String id = approvedTrip("officer");
        assertProblem(api.post("leader", path(id, "/amend"),
                amendment(pastDelegation(), APPROVAL_NUMBER, "2025-03-01", null)), 409, "NEW_DECISION_REQUIRED");
        assertProblem(api.post("reviewer", path(id, "/postpone"),
                postponement("Lùi lịch", "60/QĐ-UBND", "2025-02-01")), 409, "NEW_DECISION_REQUIRED");
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(versionOf(id)).isEqualTo(3);
    }

    @Test
    void amendmentsAndPostponementsAreValidatedLikeTheRest() {
        String id = approvedTrip("officer");
        Map<String, Object> untitled = pastDelegation();
        untitled.remove("title");
        Api.Response noTitle = api.post("leader", path(id, "/amend"),
                amendment(untitled, "70/QĐ-UBND", "2025-03-01", null));
        assertProblem(noTitle, 400, "VALIDATION_FAILED");
        assertThat(noTitle.body().path("errors").get(0).path("field").asText()).isEqualTo("details.title");

        Map<String, Object> otherAgency = pastDelegation();
        otherAgency.put("agency", "SCT");
        assertFieldRefusal(api.post("leader", path(id, "/amend"),
                amendment(otherAgency, "70/QĐ-UBND", "2025-03-01", null)), "details.agency", "VALIDATION_FAILED");

        Api.Response noDecision = api.post("reviewer", path(id, "/postpone"), Map.of("reason", "Lùi lịch"));
        assertProblem(noDecision, 400, "VALIDATION_FAILED");
        assertThat(noDecision.body().path("errors").get(0).path("field").asText()).isEqualTo("decision");

        Map<String, Object> reversed = postponement("Lùi lịch", "60/QĐ-UBND", "2025-02-25");
        reversed.put("newDepartureDate", "2025-05-10");
        reversed.put("newReturnDate", "2025-05-01");
        assertFieldRefusal(api.post("reviewer", path(id, "/postpone"), reversed), "newReturnDate",
                "DATES_OUT_OF_ORDER");
        assertThat(versionOf(id)).isEqualTo(3);
    }

    @Test
    void datesOfTheTripKeepTheirOrder() {
        String id = approvedTrip("officer");
        assertFieldRefusal(api.post("officer", path(id, "/depart"), departure("2025-02-19")), "departedOn",
                "DATE_BEFORE_DECISION");
        assertFieldRefusal(api.post("officer", path(id, "/passports/handout"), handout(HEAD, "C1234567",
                "2025-02-01")), "handedOutOn", "DATE_BEFORE_DECISION");
        ok(api.post("officer", path(id, "/passports/handout"), handout(HEAD, "C1234567", "2025-03-05")));
        ok(api.post("officer", path(id, "/depart"), departure("2025-03-10")));
        assertFieldRefusal(api.post("officer", path(id, "/return"), returning("2025-03-09")), "returnedOn",
                "DATE_BEFORE_DEPARTURE");
        assertFieldRefusal(api.post("officer", path(id, "/passports/handback"), handback(HEAD, "2025-03-04")),
                "handedBackOn", "DATES_OUT_OF_ORDER");
        assertThat(statusOf(id)).isEqualTo("DEPARTED");
    }

    @Test
    void whatHasNotHappenedYetIsNotRecorded() {
        String id = approvedTrip("officer");
        String tomorrow = ProvinceTime.today().plusDays(1).toString();
        assertFieldRefusal(api.post("officer", path(id, "/depart"), departure(tomorrow)), "departedOn",
                "DATE_IN_FUTURE");
        assertFieldRefusal(api.post("officer", path(id, "/passports/handout"), handout(HEAD, "C1234567", tomorrow)),
                "handedOutOn", "DATE_IN_FUTURE");
        assertThat(statusOf(id)).isEqualTo("APPROVED");
    }

    @Test
    void passportsAreHandedOutToMembersWithOfficialPassportsOnce() {
        String id = approvedTrip("officer");
        assertFieldRefusal(api.post("officer", path(id, "/passports/handout"), handout("Người Lạ", "C1111111",
                "2025-03-05")), "memberName", "MEMBER_NOT_IN_DELEGATION");
        assertFieldRefusal(api.post("officer", path(id, "/passports/handout"), handout(INTERPRETER, "B1111111",
                "2025-03-05")), "memberName", "PASSPORT_NOT_MANAGED");
        Api.Response badNumber = api.post("officer", path(id, "/passports/handout"),
                handout(HEAD, "C 123/4567", "2025-03-05"));
        assertProblem(badNumber, 400, "VALIDATION_FAILED");
        assertThat(badNumber.body().path("errors").get(0).path("field").asText()).isEqualTo("passportNumber");
        assertProblem(api.post("officer", path(id, "/passports/handback"), handback(HEAD, "2025-03-06")), 409,
                "PASSPORT_NOT_HANDED_OUT");

        ok(api.post("officer", path(id, "/passports/handout"), handout(HEAD, "C1234567", "2025-03-05")));
        assertProblem(api.post("officer", path(id, "/passports/handout"), handout(HEAD, "C1234567", "2025-03-06")),
                409, "PASSPORT_ALREADY_HANDED_OUT");
        assertThat(trip(id).path("passports")).hasSize(1);
    }

    @Test
    void aReportNeedsResultsAndEvaluationAndClosingNeedsThePassportsBack() {
        String id = approvedTrip("officer");
        ok(api.post("officer", path(id, "/passports/handout"), handout(HEAD, "C1234567", "2025-03-05")));
        ok(api.post("officer", path(id, "/depart"), departure("2025-03-10")));
        ok(api.post("officer", path(id, "/return"), returning("2025-03-14")));
        Api.Response blank = api.post("officer", path(id, "/report"), Map.of("results", " ", "evaluation", "Tốt"));
        assertProblem(blank, 400, "VALIDATION_FAILED");
        assertThat(blank.body().path("errors").get(0).path("field").asText()).isEqualTo("results");
        ok(api.post("officer", path(id, "/report"), report()));
        assertProblem(api.post("leader", path(id, "/close"), null), 409, "PASSPORTS_OUTSTANDING");
        assertThat(statusOf(id)).isEqualTo("REPORTED");
    }

    @Test
    void aStaleVersionIsAPreconditionFailureAfterApprovalToo() {
        String id = approvedTrip("officer");
        assertProblem(api.post("officer", path(id, "/depart"), departure("2025-03-10"), "If-Match", "\"2\""), 412,
                "STALE_VERSION");
        assertProblem(api.post("leader", path(id, "/postpone"), postponement("Lùi lịch", "60/QĐ-UBND", "2025-02-25"),
                "If-Match", "\"4\""), 412, "STALE_VERSION");
        assertThat(statusOf(id)).isEqualTo("APPROVED");
    }

    @Test
    void missingDatesAndUnknownRecordsAreRefused() {
        String id = approvedTrip("officer");
        Api.Response noDate = api.post("officer", path(id, "/depart"), Map.of());
        assertProblem(noDate, 400, "VALIDATION_FAILED");
        assertThat(noDate.body().path("errors").get(0).path("field").asText()).isEqualTo("departedOn");
        assertProblem(api.post("officer", path(id, "/depart"), Map.of("departedOn", "last week")), 400,
                "VALIDATION_FAILED");
        String unknown = "3f9c2d4e-0000-0000-0000-000000000000";
        assertProblem(api.post("officer", path(unknown, "/depart"), departure("2025-03-10")), 404, "NOT_FOUND");
        assertProblem(api.post("officer", path(unknown, "/return"), returning("2025-03-14")), 404, "NOT_FOUND");
        assertProblem(api.get("leader", path(unknown, "/trip")), 404, "NOT_FOUND");
    }

    @Test
    void overdueListsRefuseBadParameters() {
        Api.Response badDay = api.get("leader", "/api/v1/overdue/reports?asOf=yesterday");
        assertProblem(badDay, 400, "VALIDATION_FAILED");
        assertThat(badDay.body().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
        assertFieldRefusal(api.get("leader", "/api/v1/overdue/passports?agency=NOPE"), "agency", "UNKNOWN_AGENCY");
        assertProblem(api.get("officer", "/api/v1/overdue/reports?agency=SCT"), 403, "NOT_OWN_AGENCY");
    }
}
