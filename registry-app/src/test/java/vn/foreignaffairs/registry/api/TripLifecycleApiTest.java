package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;
import static vn.foreignaffairs.registry.support.TripRequests.APPROVAL_NUMBER;
import static vn.foreignaffairs.registry.support.TripRequests.DIPLOMAT;
import static vn.foreignaffairs.registry.support.TripRequests.HEAD;
import static vn.foreignaffairs.registry.support.TripRequests.amendment;
import static vn.foreignaffairs.registry.support.TripRequests.departure;
import static vn.foreignaffairs.registry.support.TripRequests.handback;
import static vn.foreignaffairs.registry.support.TripRequests.handout;
import static vn.foreignaffairs.registry.support.TripRequests.member;
import static vn.foreignaffairs.registry.support.TripRequests.postponement;
import static vn.foreignaffairs.registry.support.TripRequests.report;
import static vn.foreignaffairs.registry.support.TripRequests.returning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.TripIntegrationTest;

class TripLifecycleApiTest extends TripIntegrationTest {

    @Test
    void anApprovedDelegationDepartsReturnsReportsAndCloses() {
        String id = approvedTrip("officer");
        Api.Response approvedTrip = api.get("officer", path(id, "/trip"));
        assertThat(approvedTrip.status()).isEqualTo(200);
        assertThat(approvedTrip.header("ETag")).isEqualTo("\"3\"");
        assertThat(approvedTrip.body().path("decisions")).hasSize(1);
        assertThat(approvedTrip.body().path("decisions").get(0).path("kind").asText()).isEqualTo("APPROVAL");
        assertThat(approvedTrip.body().path("decisions").get(0).path("decision").path("number").asText())
                .isEqualTo(APPROVAL_NUMBER);
        assertThat(approvedTrip.body().path("decisions").get(0).path("recordedBy").asText()).isEqualTo("leader");

        Api.Response handedOut = ok(api.post("officer", path(id, "/passports/handout"),
                handout(HEAD, "C1234567", "2025-03-05"), "If-Match", "\"3\""));
        assertThat(handedOut.version()).isEqualTo(4);
        assertThat(handedOut.header("ETag")).isEqualTo("\"4\"");
        ok(api.post("officer", path(id, "/passports/handout"), handout(DIPLOMAT, "D7654321", "2025-03-05"),
                "If-Match", "\"4\""));

        Api.Response departed = ok(api.post("officer", path(id, "/depart"), departure("2025-03-10"),
                "If-Match", "\"5\""));
        assertThat(departed.body().path("status").asText()).isEqualTo("DEPARTED");
        assertThat(departed.version()).isEqualTo(6);

        Api.Response returned = ok(api.post("officer", path(id, "/return"), returning("2025-03-14"),
                "If-Match", "\"6\""));
        assertThat(returned.body().path("status").asText()).isEqualTo("RETURNED");

        // Read your writes on the trip too: the writer's next read shows the due dates at once.
        Api.Response afterReturn = api.get("officer", path(id, "/trip"));
        assertThat(afterReturn.header("ETag")).isEqualTo("\"7\"");
        JsonNode trip = afterReturn.body();
        assertThat(trip.path("departedOn").asText()).isEqualTo("2025-03-10");
        assertThat(trip.path("returnedOn").asText()).isEqualTo("2025-03-14");
        assertThat(trip.path("reportDueDate").asText()).isEqualTo("2025-03-29");
        assertThat(trip.path("passportsDueDate").asText()).isEqualTo("2025-03-21");
        JsonNode first = trip.path("passports").get(0);
        assertThat(first.path("memberName").asText()).isEqualTo(HEAD);
        assertThat(first.path("passportNumber").asText()).isEqualTo("C1234567");
        assertThat(first.path("passportKind").asText()).isEqualTo("OFFICIAL");
        assertThat(first.path("decisionNumber").asText()).isEqualTo(APPROVAL_NUMBER);
        assertThat(first.path("handedOutBy").asText()).isEqualTo("officer");
        assertThat(first.path("dueDate").asText()).isEqualTo("2025-03-21");
        assertThat(first.path("status").asText()).isEqualTo("HANDED_OUT");

        Api.Response reported = ok(api.post("officer", path(id, "/report"), report()));
        assertThat(reported.body().path("status").asText()).isEqualTo("REPORTED");

        Api.Response outstanding = api.post("leader", path(id, "/close"), null);
        assertThat(outstanding.status()).isEqualTo(409);
        assertThat(outstanding.code()).isEqualTo("PASSPORTS_OUTSTANDING");
        assertThat(outstanding.body().path("detail").asText()).contains(HEAD).contains(DIPLOMAT);

        ok(api.post("officer", path(id, "/passports/handback"), handback(HEAD, "2025-03-18")));
        ok(api.post("officer", path(id, "/passports/handback"), handback(DIPLOMAT, null)));
        Api.Response closed = ok(api.post("reviewer", path(id, "/close"), null, "If-Match", "\"10\""));
        assertThat(closed.body().path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.version()).isEqualTo(11);

        JsonNode done = trip(id);
        assertThat(done.path("closedAt").asText()).isNotBlank();
        assertThat(done.path("report").path("results").asText()).startsWith("Ký biên bản ghi nhớ");
        assertThat(done.path("report").path("filedBy").asText()).isEqualTo("officer");
        assertThat(done.path("report").path("filedOn").asText()).isEqualTo(ProvinceTime.today().toString());
        assertThat(done.path("passports").get(0).path("status").asText()).isEqualTo("HANDED_BACK");
        assertThat(done.path("passports").get(0).path("handedBackOn").asText()).isEqualTo("2025-03-18");
        assertThat(done.path("passports").get(1).path("handedBackOn").asText())
                .isEqualTo(ProvinceTime.today().toString());
        assertThat(done.path("passports").get(1).path("handedBackBy").asText()).isEqualTo("officer");
    }

    @Test
    void holidaysAreNotWorkingDaysForHandingPassportsBack() {
        String id = departedTrip("officer");
        // Returned Monday 28 April 2025: 30 April, 1 May and the 2 May swapped off are skipped.
        ok(api.post("officer", path(id, "/return"), returning("2025-04-28")));
        assertThat(trip(id).path("passportsDueDate").asText()).isEqualTo("2025-05-08");
        assertThat(trip(id).path("reportDueDate").asText()).isEqualTo("2025-05-13");
    }

    @Test
    void aPostponedDelegationIsAmendedWithNewDatesByANewDecisionAndThenLeaves() {
        String id = approvedTrip("officer");
        Api.Response postponed = ok(api.post("reviewer", path(id, "/postpone"),
                postponement("Đối tác đề nghị lùi lịch", "60/QĐ-UBND", "2025-02-25")));
        assertThat(postponed.body().path("status").asText()).isEqualTo("POSTPONED");

        Map<String, Object> later = newDelegation("departureDate", "2025-04-01");
        later.put("returnDate", "2025-04-05");
        later.put("members", List.of(member(HEAD, "OFFICIAL", true)));
        Api.Response amended = ok(api.post("leader", path(id, "/amend"),
                amendment(later, "70/QĐ-UBND", "2025-03-01", "Đối tác xác nhận lịch mới")));
        assertThat(amended.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(amended.body().path("details").path("departureDate").asText()).isEqualTo("2025-04-01");
        assertThat(amended.body().path("details").path("members")).hasSize(1);
        assertThat(amended.body().path("decision").path("number").asText()).isEqualTo("70/QĐ-UBND");
        assertThat(amended.body().path("decision").path("signer").asText()).isEqualTo("Phạm Quốc Dũng");

        JsonNode decisions = trip(id).path("decisions");
        assertThat(decisions).hasSize(3);
        assertThat(decisions.get(1).path("kind").asText()).isEqualTo("POSTPONEMENT");
        assertThat(decisions.get(1).path("reason").asText()).isEqualTo("Đối tác đề nghị lùi lịch");
        assertThat(decisions.get(1).path("recordedBy").asText()).isEqualTo("reviewer");
        assertThat(decisions.get(2).path("kind").asText()).isEqualTo("AMENDMENT");
        assertThat(decisions.get(2).path("reason").asText()).isEqualTo("Đối tác xác nhận lịch mới");
        assertThat(decisions.get(2).path("decision").path("date").asText()).isEqualTo("2025-03-01");

        Api.Response departed = ok(api.post("officer", path(id, "/depart"), departure("2025-04-01")));
        assertThat(departed.body().path("status").asText()).isEqualTo("DEPARTED");
        Api.Response cancel = api.post("officer", path(id, "/cancel"), reason("Quá muộn"));
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.code()).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void aPostponementRecordsItsNewDatesAndAPostponedTripCanBeCancelled() {
        String id = approvedTrip("officer");
        Map<String, Object> body = postponement("Trùng lịch làm việc của đối tác", "61/QĐ-UBND", "2025-02-26");
        body.put("newDepartureDate", "2025-05-10");
        body.put("newReturnDate", "2025-05-14");
        ok(api.post("leader", path(id, "/postpone"), body));
        JsonNode postponement = trip(id).path("decisions").get(1);
        assertThat(postponement.path("newDepartureDate").asText()).isEqualTo("2025-05-10");
        assertThat(postponement.path("newReturnDate").asText()).isEqualTo("2025-05-14");
        assertThat(postponement.path("decision").path("number").asText()).isEqualTo("61/QĐ-UBND");

        Api.Response cancelled = ok(api.post("officer", path(id, "/cancel"), reason("Đối tác hủy chương trình")));
        assertThat(cancelled.body().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void theTripOfADelegationIsReadLikeTheDelegation() {
        String draft = createDraft("officer").id();
        JsonNode empty = api.get("officer", path(draft, "/trip")).body();
        assertThat(empty.path("agency").asText()).isEqualTo("SKHDT");
        assertThat(empty.path("decisions")).isEmpty();
        assertThat(empty.path("passports")).isEmpty();
        assertThat(api.get("officer2", path(draft, "/trip")).status()).isEqualTo(404);
        assertThat(api.get("leader", path("3f9c2d4e-0000-0000-0000-000000000000", "/trip")).status())
                .isEqualTo(404);
    }

    @Test
    void overdueReportsAndPassportsAreListedPerAgencyAsOfADay() {
        String id = tripWithPassportOut("C1234567");
        ok(api.post("officer", path(id, "/passports/handback"), handback(HEAD, "2025-03-17")));
        String late = tripWithPassportOut("C7777777");
        String otherAgency = returnedTrip("officer2");

        // Report due 29 March: overdue from the day after.
        assertThat(reportIds(api.get("leader", "/api/v1/overdue/reports?agency=SKHDT&asOf=2025-03-29")))
                .doesNotContain(id, late);
        Api.Response reports = ok(api.get("leader", "/api/v1/overdue/reports?agency=SKHDT&asOf=2025-03-30"));
        assertThat(reports.body().path("asOf").asText()).isEqualTo("2025-03-30");
        assertThat(reports.body().path("agency").asText()).isEqualTo("SKHDT");
        assertThat(reportIds(reports)).contains(id, late).doesNotContain(otherAgency);
        JsonNode item = itemOf(reports, id);
        assertThat(item.path("agency").asText()).isEqualTo("SKHDT");
        assertThat(item.path("title").asText()).isEqualTo("Xúc tiến đầu tư tại Nhật Bản");
        assertThat(item.path("returnedOn").asText()).isEqualTo("2025-03-14");
        assertThat(item.path("reportDueDate").asText()).isEqualTo("2025-03-29");
        assertThat(item.path("daysOverdue").asLong()).isEqualTo(1);

        // Passports due 21 March; the head of the first trip handed his back in time.
        Api.Response passports = ok(api.get("leader", "/api/v1/overdue/passports?agency=SKHDT&asOf=2025-03-24"));
        JsonNode passport = itemOf(passports, late);
        assertThat(passport.path("memberName").asText()).isEqualTo(HEAD);
        assertThat(passport.path("passportNumber").asText()).isEqualTo("C7777777");
        assertThat(passport.path("dueDate").asText()).isEqualTo("2025-03-21");
        assertThat(passport.path("daysOverdue").asLong()).isEqualTo(3);
        assertThat(reportIds(passports)).doesNotContain(id);
        assertThat(reportIds(api.get("leader", "/api/v1/overdue/passports?agency=SKHDT&asOf=2025-03-21")))
                .doesNotContain(late);

        // Done late: no longer overdue today, but it was on the days before.
        ok(api.post("officer", path(late, "/report"), report()));
        ok(api.post("officer", path(late, "/passports/handback"), handback(HEAD, "2025-04-10")));
        assertThat(reportIds(api.get("leader", "/api/v1/overdue/reports?agency=SKHDT"))).doesNotContain(late)
                .contains(id);
        assertThat(reportIds(api.get("leader", "/api/v1/overdue/reports?agency=SKHDT&asOf=2025-04-01")))
                .contains(late);
        assertThat(reportIds(api.get("leader", "/api/v1/overdue/passports?agency=SKHDT&asOf=2025-04-09")))
                .contains(late);
        assertThat(reportIds(api.get("leader", "/api/v1/overdue/passports?agency=SKHDT&asOf=2025-04-10")))
                .doesNotContain(late);

        // Every agency at once, agency by agency; officers see their own agency's list.
        Api.Response all = ok(api.get("reviewer", "/api/v1/overdue/reports?asOf=2025-04-01"));
        assertThat(all.body().path("agency").isMissingNode() || all.body().path("agency").isNull()).isTrue();
        assertThat(reportIds(all)).contains(id, otherAgency);
        List<String> agencies = new ArrayList<>();
        all.body().path("items").forEach(each -> agencies.add(each.path("agency").asText()));
        assertThat(agencies).isSorted();
        Api.Response own = ok(api.get("officer2", "/api/v1/overdue/reports?asOf=2025-04-01"));
        assertThat(own.body().path("agency").asText()).isEqualTo("SCT");
        assertThat(reportIds(own)).contains(otherAgency).doesNotContain(id);
        assertThat(ok(api.get("inspector", "/api/v1/overdue/passports")).body().path("asOf").asText())
                .isEqualTo(ProvinceTime.today().toString());
    }

    /** Returned on 14 March 2025 with the head's passport still out. */
    private String tripWithPassportOut(String passportNumber) {
        String id = approvedTrip("officer");
        ok(api.post("officer", path(id, "/passports/handout"), handout(HEAD, passportNumber, "2025-03-05")));
        ok(api.post("officer", path(id, "/depart"), departure("2025-03-10")));
        ok(api.post("officer", path(id, "/return"), returning("2025-03-14")));
        return id;
    }

    private static List<String> reportIds(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().path("items").forEach(item -> ids.add(item.path("delegationId").asText()));
        return ids;
    }

    private static JsonNode itemOf(Api.Response response, String delegationId) {
        for (JsonNode item : response.body().path("items")) {
            if (item.path("delegationId").asText().equals(delegationId)) {
                return item;
            }
        }
        throw new AssertionError(delegationId + " is not listed in " + response);
    }
}
