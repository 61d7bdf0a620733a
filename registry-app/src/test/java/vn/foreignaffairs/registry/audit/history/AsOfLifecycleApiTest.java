package vn.foreignaffairs.registry.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.proposal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.PROJECTS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.appraisal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.receipt;
import static vn.foreignaffairs.registry.support.ConferenceRequests.application;
import static vn.foreignaffairs.registry.support.ConferenceRequests.newConference;
import static vn.foreignaffairs.registry.support.LinkRequests.end;
import static vn.foreignaffairs.registry.support.LinkRequests.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanId;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.AidRequestBodies;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.InboundSteps;
import vn.foreignaffairs.registry.support.RecordTimeline;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;
import vn.foreignaffairs.registry.support.TripRequests;

/**
 * Each kind of record through its life, read {@code ?asOf=} the instant of each step (taken from
 * the record's own events): not found before it was created, then after each step the state and
 * version of that step, which differ from what the record shows now.
 */
class AsOfLifecycleApiTest extends RegistryIntegrationTest {

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    private RecordTimeline timeline;

    @BeforeEach
    void timeline() {
        timeline = new RecordTimeline(api);
    }

    @Test
    void aConferenceFromDraftToPermit() {
        String id = new ConferenceSteps(api).draft("officer").id();
        String path = ConferenceRequests.PATH + "/" + id;
        Instant drafted = timeline.latest("conference", id);
        ok(api.post("officer", path + "/submit", application(ConferenceSteps.CONSULTED)));
        Instant applied = timeline.latest("conference", id);
        long appliedVersion = version("conference", id);
        for (String agency : ConferenceSteps.CONSULTED) {
            ok(api.post("reviewer", path + "/consultations", ConferenceRequests.opinion(agency, "AGREE", null)));
        }
        Instant answered = timeline.latest("conference", id);
        long answeredVersion = version("conference", id);
        ok(api.post("leader", path + "/permit", ConferenceRequests.permit()));
        Instant permitted = timeline.latest("conference", id);
        long permittedVersion = version("conference", id);

        assertNotFound(path, timeline.beforeCreation("conference", id));
        assertThat(asOf(path, drafted, 1).path("status").asText()).isEqualTo("DRAFT");
        JsonNode atApplication = asOf(path, applied, appliedVersion);
        assertThat(atApplication.path("status").asText()).isEqualTo("UNDER_CONSULTATION");
        assertThat(atApplication.path("consultations").findValuesAsText("opinion")).isEmpty();
        JsonNode atAnswers = asOf(path, answered, answeredVersion);
        assertThat(atAnswers.path("status").asText()).isEqualTo("UNDER_CONSULTATION");
        assertThat(atAnswers.path("consultations").findValuesAsText("opinion")).containsOnly("AGREE")
                .hasSize(ConferenceSteps.CONSULTED.length);
        assertThat(asOf(path, permitted, permittedVersion).path("status").asText()).isEqualTo("PERMITTED");
        assertThat(List.of(1L, appliedVersion, answeredVersion, permittedVersion)).isSorted().doesNotHaveDuplicates();
        assertDiffersFromNow(path, applied, permittedVersion);
    }

    @Test
    void aidFromItsProposalToTheFirstMoneyReceived() {
        String id = new AidSteps(api).proposed().id();
        String path = PROJECTS + "/" + id;
        Instant proposed = timeline.latest("aid-project", id);
        ok(api.post("reviewer", path + "/consultations", AidRequestBodies.opinion("CA", "AGREE", null)));
        ok(api.post("reviewer", path + "/appraise", appraisal("FAVOURABLE", "2026-01-28")));
        Instant appraised = timeline.latest("aid-project", id);
        long appraisedVersion = version("aid-project", id);
        ok(api.post("leader", path + "/approve", AidRequestBodies.decision("85/QĐ-UBND", "2026-02-05")));
        Instant approved = timeline.latest("aid-project", id);
        ok(api.post("officer", path + "/receipts", receipt("2026-03-02", "40000.00", "USD", "25450")));
        Instant started = timeline.latest("aid-project", id);
        long startedVersion = version("aid-project", id);

        assertNotFound(path, timeline.beforeCreation("aid-project", id));
        assertThat(asOf(path, proposed, 1).path("status").asText()).isEqualTo("PROPOSED");
        assertThat(asOf(path, appraised, appraisedVersion).path("status").asText()).isEqualTo("APPRAISED");
        JsonNode atApproval = asOf(path, approved, appraisedVersion + 1);
        assertThat(atApproval.path("status").asText()).isEqualTo("APPROVED");
        assertThat(atApproval.path("decision").path("number").asText()).isEqualTo("85/QĐ-UBND");
        assertThat(atApproval.path("transactions").size()).isZero();
        assertThat(atApproval.path("startedOn").isMissingNode()).isTrue();
        JsonNode atReceipt = asOf(path, started, startedVersion);
        assertThat(atReceipt.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(atReceipt.path("transactions")).hasSize(1);
        assertThat(atReceipt.path("startedOn").asText()).isEqualTo("2026-03-02");
        assertDiffersFromNow(path, approved, startedVersion);
    }

    @Test
    void aLinkMadeThenUndone() {
        String trip = createDraft("officer").id();
        String visit = new InboundSteps(api).draft("officer").id();
        Api.Response linked = api.post("officer", "/api/v1/links",
                link(end("OUTBOUND_DELEGATION", trip), "PREPARES", end("INBOUND_DELEGATION", visit)));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        String id = linked.id();
        String path = "/api/v1/links/" + id;
        Instant made = timeline.latest("link", id);
        ok(api.send("officer", "DELETE", path, Map.of("reason", "Nhầm đoàn")));
        Instant undone = timeline.latest("link", id);

        assertNotFound(path, timeline.beforeCreation("link", id));
        JsonNode atLink = asOf(path, made, 1);
        assertThat(atLink.path("status").asText()).isEqualTo("LINKED");
        assertThat(atLink.path("unlinkReason").isMissingNode()).isTrue();
        JsonNode atUnlink = asOf(path, undone, 2);
        assertThat(atUnlink.path("status").asText()).isEqualTo("UNLINKED");
        assertThat(atUnlink.path("unlinkReason").asText()).isEqualTo("Nhầm đoàn");
        assertDiffersFromNow(path, made, 2);
    }

    @Test
    void anAgencyRegisteredRenamedAndDissolved() {
        String code = new TestAgencies(api, users, passwords).register("ASF", "DEPARTMENT");
        String path = "/api/v1/agencies/" + code;
        Instant registered = timeline.latest("agency", code);
        ok(api.post("admin", path + "/rename", Map.of("newName", "Sở đổi tên (thử)", "newNameEn", "Renamed (test)",
                "effectiveDate", "2025-07-01", "decisionReference", "1234/QĐ-UBND", "reason", "Sắp xếp tổ chức bộ máy")));
        Instant renamed = timeline.latest("agency", code);
        ok(api.post("admin", path + "/dissolve", Map.of("effectiveDate", "2025-08-01",
                "decisionReference", "1236/QĐ-UBND", "reason", "Kết thúc nhiệm vụ")));
        Instant dissolved = timeline.latest("agency", code);

        assertNotFound(path, timeline.beforeCreation("agency", code));
        JsonNode atRegistration = asOf(path, registered, 1);
        assertThat(atRegistration.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(atRegistration.path("name").asText()).isEqualTo("Thử nghiệm " + code);
        JsonNode atRename = asOf(path, renamed, 2);
        assertThat(atRename.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(atRename.path("name").asText()).isEqualTo("Sở đổi tên (thử)");
        assertThat(asOf(path, dissolved, 3).path("status").asText()).isEqualTo("DISSOLVED");
        assertDiffersFromNow(path, renamed, 3);
    }

    @Test
    void anAnnualPlanDraftedSubmittedAndApproved() {
        TestAgencies agencies = new TestAgencies(api, users, passwords);
        String agency = agencies.register("APL", "DEPARTMENT");
        String officer = agencies.officerOf(agency);
        String id = agency + ":2027";
        String path = "/api/v1/plans/" + agency + "/2027";
        ok(api.put(officer, path, Map.of("items", List.of(Map.of("itemId", "R-LA-01", "direction", "OUTBOUND",
                "countryCode", "LA", "purpose", "Trao đổi kinh nghiệm", "plannedQuarter", 2, "size", 4,
                "estimatedCostVnd", 120_000_000L)))));
        Instant drafted = timeline.latest("annual-plan", id);
        long draftedVersion = version("annual-plan", id);
        ok(api.post(officer, path + "/submit", null));
        Instant submitted = timeline.latest("annual-plan", id);
        ok(api.post("leader", path + "/approve", Map.of("decisionNumber", "KH-APL/QĐ-UBND",
                "decisionDate", "2026-11-20")));
        Instant approved = timeline.latest("annual-plan", id);
        long approvedVersion = version("annual-plan", id);

        assertNotFound(path, timeline.beforeCreation("annual-plan", id));
        JsonNode atDraft = asOf(path, drafted, draftedVersion);
        assertThat(atDraft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(atDraft.path("items").findValuesAsText("itemId")).containsExactly("R-LA-01");
        assertThat(asOf(path, submitted, draftedVersion + 1).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(asOf(path, approved, approvedVersion).path("status").asText()).isEqualTo("APPROVED");
        assertDiffersFromNow(path, submitted, approvedVersion);
    }

    @Test
    void aTripFromApprovalToItsReport() {
        Api.Response created = api.post("officer", "/api/v1/delegations", TripRequests.pastDelegation());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        String trip = "/api/v1/delegations/" + id + "/trip";
        ok(api.post("officer", "/api/v1/delegations/" + id + "/submit", null));
        ok(api.post("leader", "/api/v1/delegations/" + id + "/approve", TripRequests.approval()));
        Instant approved = timeline.latest("delegation", id);
        ok(api.post("officer", "/api/v1/delegations/" + id + "/depart", TripRequests.departure("2025-03-10")));
        Instant departed = timeline.latest("delegation", id);
        ok(api.post("officer", "/api/v1/delegations/" + id + "/return", TripRequests.returning("2025-03-14")));
        Instant returned = timeline.latest("delegation", id);
        ok(api.post("officer", "/api/v1/delegations/" + id + "/report", TripRequests.report()));
        Instant reported = timeline.latest("delegation", id);

        assertThat(api.get("inspector", trip + "?asOf=" + timeline.beforeCreation("delegation", id)).status())
                .isEqualTo(404);
        JsonNode atApproval = trip(trip, approved);
        assertThat(atApproval.path("decisions")).hasSize(1);
        assertThat(atApproval.path("departedOn").isMissingNode()).isTrue();
        JsonNode atDeparture = trip(trip, departed);
        assertThat(atDeparture.path("departedOn").asText()).isEqualTo("2025-03-10");
        assertThat(atDeparture.path("returnedOn").isMissingNode()).isTrue();
        JsonNode atReturn = trip(trip, returned);
        assertThat(atReturn.path("returnedOn").asText()).isEqualTo("2025-03-14");
        assertThat(atReturn.path("report").isMissingNode()).isTrue();
        JsonNode atReport = trip(trip, reported);
        assertThat(atReport.path("report").isObject()).isTrue();
        assertThat(List.of(atApproval, atDeparture, atReturn, atReport).stream().map(view -> view.path("version").asLong()))
                .isSorted().doesNotHaveDuplicates();
        JsonNode now = ok(api.get("inspector", trip)).body();
        assertThat(now.path("version").asLong()).isEqualTo(atReport.path("version").asLong());
        assertThat(now.path("report").isObject()).isTrue();
        assertThat(atDeparture).isNotEqualTo(now);
    }

    @Test
    void anImplementationPlanSubmittedThenRevised() {
        TestAgencies agencies = new TestAgencies(api, users, passwords);
        String body = agencies.register("SIP", "DEPARTMENT");
        String officer = agencies.officerOf(body);
        LocalDate today = ProvinceTime.today();
        String agreement = new AgreementSteps(api).inForce(officer, proposal("signingBody", body), today.minusDays(1));
        int year = today.getYear() + 1;
        String id = ImplementationPlanId.of(body, year).value();
        String path = "/api/v1/agreements/implementation-plans/" + body + "/" + year;
        Map<String, Object> activity = Map.of("agreementId", agreement, "activity", "Đón đoàn đối tác",
                "timeframe", "Quý II/" + year);
        expect(api.put(officer, path, Map.of("activities", List.of(activity))), 201);
        Instant submitted = timeline.latest("agreement-implementation-plan", id);
        expect(api.put(officer, path, Map.of("activities", List.of(activity, activity)), "If-Match", "\"1\""), 200);
        Instant revised = timeline.latest("agreement-implementation-plan", id);

        assertNotFound(path, timeline.beforeCreation("agreement-implementation-plan", id));
        JsonNode atSubmission = asOf(path, submitted, 1);
        assertThat(atSubmission.path("revision").asInt()).isEqualTo(1);
        assertThat(atSubmission.path("activities")).hasSize(1);
        JsonNode atRevision = asOf(path, revised, 2);
        assertThat(atRevision.path("revision").asInt()).isEqualTo(2);
        assertThat(atRevision.path("activities")).hasSize(2);
        assertDiffersFromNow(path, submitted, 2);
        assertBadInstantRefused(path);
    }

    @Test
    void aComplianceReportIsFoundAsOfOnlyOnceIssued() {
        TestAgencies agencies = new TestAgencies(api, users, passwords);
        String agency = agencies.register("RAO", "DEPARTMENT");
        String officer = agencies.officerOf(agency);
        String path = "/api/v1/reports/" + agency + "/2024-H1";
        assertThat(ok(api.get(officer, path)).body().path("status").asText()).isEqualTo("DRAFT");
        Instant beforeIssue = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
        expect(api.post(officer, path + "/issue", null), 201);
        Instant issued = timeline.latest("compliance-report", agency + ":2024-H1");

        Api.Response notYet = api.get("inspector", path + "?asOf=" + beforeIssue);
        assertThat(notYet.status()).as("a draft is no record: " + notYet).isEqualTo(404);
        assertThat(notYet.code()).isEqualTo("NOT_FOUND");
        assertNotFound(path, timeline.beforeCreation("compliance-report", agency + ":2024-H1"));
        JsonNode atIssue = asOf(path, issued, 1);
        assertThat(atIssue.path("status").asText()).isEqualTo("ISSUED");
        assertThat(atIssue.path("issuedBy").asText()).isEqualTo(officer);
        assertThat(atIssue.path("ledgerHead").path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(atIssue).isEqualTo(ok(api.get("inspector", path)).body());
        assertThat(api.get("officer", path + "?asOf=" + issued).status()).as("another agency's officer")
                .isEqualTo(403);
        assertBadInstantRefused(path);
    }

    @Test
    void aCalendarShowsTheChangesMadeByThenOverItsDataFile() {
        String path = "/api/v1/calendars/LA?year=2028";
        Instant beforeChanges = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
        expect(api.post("admin", "/api/v1/calendars/LA/holidays", Map.of("date", "2028-03-15",
                "name", "Ngày nghỉ bù (thử)", "reason", "Thông báo của Bộ Lao động (thử)")), 201);
        Instant added = timeline.latest("calendar", "LA");
        ok(api.send("admin", "DELETE", "/api/v1/calendars/LA/holidays/2028-12-02",
                Map.of("reason", "Kiểm thử: ngày lễ được dời")));
        Instant removed = timeline.latest("calendar", "LA");

        JsonNode before = ok(api.get("inspector", path + "&asOf=" + beforeChanges)).body();
        assertThat(before.path("holidays").findValuesAsText("date")).contains("2028-12-02").doesNotContain("2028-03-15");
        assertThat(before.path("removed")).isEmpty();
        JsonNode atAddition = ok(api.get("inspector", path + "&asOf=" + added)).body();
        assertThat(atAddition.path("holidays").findValuesAsText("date")).contains("2028-03-15", "2028-12-02");
        assertThat(atAddition.path("removed")).isEmpty();
        JsonNode atRemoval = ok(api.get("inspector", path + "&asOf=" + removed)).body();
        assertThat(atRemoval.path("holidays").findValuesAsText("date")).contains("2028-03-15")
                .doesNotContain("2028-12-02");
        assertThat(atRemoval.path("removed").findValuesAsText("date")).containsExactly("2028-12-02");
        JsonNode now = ok(api.get("inspector", path)).body();
        assertThat(atRemoval).isEqualTo(now);
        assertThat(atAddition).isNotEqualTo(now);
        assertBadInstantRefused(path);
    }

    /** The record as of {@code at}, answered 200 with the version expected then, also as its ETag. */
    private JsonNode asOf(String path, Instant at, long version) {
        Api.Response response = api.get("inspector", path + "?asOf=" + at);
        assertThat(response.status()).as(at + " " + response).isEqualTo(200);
        assertThat(response.body().path("version").asLong()).as(at + " " + response).isEqualTo(version);
        assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
        return response.body();
    }

    private JsonNode trip(String path, Instant at) {
        return ok(api.get("inspector", path + "?asOf=" + at)).body();
    }

    private void assertNotFound(String path, Instant at) {
        Api.Response response = api.get("inspector", path + "?asOf=" + at);
        assertThat(response.status()).as("before creation: " + response).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
    }

    /** The past state is rebuilt, not the current one relabelled: now the record is at another version. */
    private void assertDiffersFromNow(String path, Instant at, long currentVersion) {
        JsonNode now = ok(api.get("inspector", path)).body();
        assertThat(now.path("version").asLong()).isEqualTo(currentVersion);
        JsonNode then = ok(api.get("inspector", path + "?asOf=" + at)).body();
        assertThat(then.path("version").asLong()).isLessThan(currentVersion);
        assertThat(then).isNotEqualTo(now);
    }

    private void assertBadInstantRefused(String path) {
        Api.Response response = api.get("inspector", path + (path.contains("?") ? "&" : "?") + "asOf=yesterday");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
    }

    /** The record's version now, from its history: the number of its events. */
    private long version(String type, String id) {
        return ok(api.get("inspector", "/api/v1/audit/records/" + type + "/" + id + "/history")).body()
                .path("version").asLong();
    }

    private static Api.Response ok(Api.Response response) {
        return expect(response, 200);
    }

    private static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
