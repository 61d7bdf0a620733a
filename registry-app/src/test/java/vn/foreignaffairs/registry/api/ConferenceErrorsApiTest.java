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
import static vn.foreignaffairs.registry.support.ConferenceRequests.startingIn;
import static vn.foreignaffairs.registry.support.ConferenceRequests.today;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.newInboundDelegation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Every refusal about conferences is a problem with a stable code; none is a 500 and none writes anything. */
class ConferenceErrorsApiTest extends RegistryIntegrationTest {

    private static final String UNKNOWN = PATH + "/7c1e5a2b-0000-0000-0000-000000000000";

    private ConferenceSteps steps;

    @BeforeEach
    void steps() {
        steps = new ConferenceSteps(api);
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.body().path("detail").asText()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("at vn.");
    }

    /** A 400 naming {@code field}, with {@code fieldCode} as the code of that field's error. */
    private static void assertFieldError(Api.Response response, String field, String fieldCode) {
        assertProblem(response, 400, "VALIDATION_FAILED");
        JsonNode error = response.body().path("errors").get(0);
        assertThat(error.path("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(error.path("code").asText()).as(response.toString()).isEqualTo(fieldCode);
    }

    private long total() {
        return api.get("leader", PATH + "?size=1").body().path("total").asLong();
    }

    @Test
    void missingOrMalformedFieldsAreNamed() {
        long before = total();
        assertFieldError(api.post("officer", PATH, newConference("title", null)), "title", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newConference("startDate", null)), "startDate", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newConference("participants", 0)), "participants", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newConference("foreignParticipants", -1)), "foreignParticipants",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newConference("foreignFunded", null)), "foreignFunded",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newConference("primeMinisterPermit", null)), "primeMinisterPermit",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newConference("foreignCountries", List.of("Japan"))),
                "foreignCountries[0]", "INVALID_VALUE");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void valuesOfTheWrongTypeNameTheirField() {
        assertFieldError(api.post("officer", PATH, newConference("startDate", "next month")), "startDate",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newConference("participants", "many")), "participants",
                "INVALID_VALUE");
    }

    @Test
    void rulesOfTheDetailsAreRefusedWithTheirCodes() {
        Map<String, Object> backwards = newConference();
        backwards.put("endDate", today().toString());
        assertFieldError(api.post("officer", PATH, backwards), "endDate", "DATES_OUT_OF_ORDER");
        assertFieldError(api.post("officer", PATH, newConference("foreignParticipants", 0)), "foreignParticipants",
                "VALIDATION_FAILED");
        assertFieldError(api.post("officer", PATH, newConference("foreignParticipants", 500)), "foreignParticipants",
                "VALIDATION_FAILED");
        assertFieldError(api.post("officer", PATH, newConference("foreignFunded", true)), "foreignSponsor",
                "VALIDATION_FAILED");
    }

    @Test
    void anApplicationNeedsItsVenueContentAndTheBodiesToConsult() {
        String noVenue = steps.draft("officer", newConference("venue", null)).id();
        assertFieldError(api.post("officer", PATH + "/" + noVenue + "/submit", application("SNGV")), "venue",
                "VALIDATION_FAILED");
        String noContent = steps.draft("officer", newConference("content", " ")).id();
        assertFieldError(api.post("officer", PATH + "/" + noContent + "/submit", application("SNGV")), "content",
                "VALIDATION_FAILED");

        String draft = steps.draft("officer").id();
        assertFieldError(api.post("officer", PATH + "/" + draft + "/submit", null), "consultedAgencies",
                "CONSULTED_AGENCIES_REQUIRED");
        assertFieldError(api.post("officer", PATH + "/" + draft + "/submit", application()), "consultedAgencies",
                "CONSULTED_AGENCIES_REQUIRED");
        assertFieldError(api.post("officer", PATH + "/" + draft + "/submit", application("SNGV", "NOPE")),
                "consultedAgencies", "UNKNOWN_AGENCY");
        assertFieldError(api.post("officer", PATH + "/" + draft + "/submit", application("SNGV", "a b")),
                "consultedAgencies[1]", "INVALID_VALUE");
        assertThat(steps.statusOf(noVenue)).isEqualTo("DRAFT");
        assertThat(steps.statusOf(draft)).isEqualTo("DRAFT");
    }

    @Test
    void anOpinionComesFromABodyConsultedAndADisagreementSaysWhy() {
        String id = steps.applied("officer").id();
        assertFieldError(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SCT", "AGREE", null)),
                "agency", "AGENCY_NOT_CONSULTED");
        assertFieldError(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("CA", "DISAGREE", null)),
                "note", "VALIDATION_FAILED");
        assertFieldError(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("CA", "MAYBE", null)),
                "opinion", "INVALID_VALUE");
        assertThat(api.get("leader", PATH + "/" + id).body().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void permittingBeforeEveryBodyAnsweredIsAConflict() {
        String id = steps.applied("officer").id();
        api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", null));
        Api.Response early = api.post("leader", PATH + "/" + id + "/permit", permit());
        assertProblem(early, 409, "CONSULTATION_INCOMPLETE");
        assertThat(early.body().path("detail").asText()).contains("CA");
        assertThat(steps.statusOf(id)).isEqualTo("UNDER_CONSULTATION");
    }

    @Test
    void aLateApplicationIsPermittedOnlyWithAnOverrideReason() {
        String id = steps.answered("officer", startingIn(29)).id();
        Api.Response late = api.post("leader", PATH + "/" + id + "/permit", permit());
        assertProblem(late, 409, "APPLICATION_TOO_LATE");
        assertThat(late.body().path("detail").asText()).contains("29 days").contains("at least 30 days");
        assertProblem(api.post("leader", PATH + "/" + id + "/permit", permit(" ")), 409, "APPLICATION_TOO_LATE");
        assertThat(steps.statusOf(id)).isEqualTo("UNDER_CONSULTATION");

        Api.Response overridden = api.post("leader", PATH + "/" + id + "/permit", permit("Sự kiện cấp quốc gia"));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(steps.statusOf(id)).isEqualTo("PERMITTED");
    }

    @Test
    void anApplicationFiledExactlyTheLeadTimeAheadIsInTime() {
        String id = steps.answered("officer", startingIn(30)).id();
        Api.Response permitted = api.post("leader", PATH + "/" + id + "/permit", permit());
        assertThat(permitted.status()).as(permitted.toString()).isEqualTo(200);
    }

    @Test
    void aDisagreementIsOverriddenOnlyWithAReason() {
        String id = steps.applied("officer").id();
        api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", null));
        api.post("reviewer", PATH + "/" + id + "/consultations", opinion("CA", "DISAGREE", "Trùng lịch an ninh"));
        assertProblem(api.post("leader", PATH + "/" + id + "/permit", permit()), 409, "OVERRIDE_REASON_REQUIRED");
        assertThat(steps.statusOf(id)).isEqualTo("UNDER_CONSULTATION");
        Api.Response overridden = api.post("leader", PATH + "/" + id + "/permit", permit("Đã dời địa điểm"));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        assertThat(overridden.body().path("overrideReason").asText()).isEqualTo("Đã dời địa điểm");
    }

    @Test
    void eachStepNeedsWhatItRecords() {
        String applied = steps.applied("officer").id();
        assertFieldError(api.post("leader", PATH + "/" + applied + "/permit", Map.of("decisionNumber", "1/UBND")),
                "decisionDate", "INVALID_VALUE");
        assertFieldError(api.post("leader", PATH + "/" + applied + "/refuse", reason(" ")), "reason", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH + "/" + applied + "/cancel", Map.of()), "reason", "INVALID_VALUE");
        assertThat(steps.statusOf(applied)).isEqualTo("UNDER_CONSULTATION");

        String permitted = steps.permitted("officer").id();
        LocalDate yesterday = today().minusDays(1);
        assertFieldError(api.post("officer", PATH + "/" + permitted + "/held",
                Map.of("startDate", yesterday.toString(), "endDate", yesterday.toString(), "participants", 10)),
                "foreignParticipants", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH + "/" + permitted + "/held", held(yesterday, yesterday.minusDays(1),
                10, 2)), "endDate", "DATES_OUT_OF_ORDER");
        assertFieldError(api.post("officer", PATH + "/" + permitted + "/held", held(yesterday, yesterday, 10, 20)),
                "foreignParticipants", "VALIDATION_FAILED");
        assertFieldError(api.post("officer", PATH + "/" + permitted + "/held", held(today(), today().plusDays(1),
                10, 2)), "endDate", "DATE_IN_FUTURE");
        assertThat(steps.statusOf(permitted)).isEqualTo("PERMITTED");

        String held = steps.held("officer").id();
        assertFieldError(api.post("officer", PATH + "/" + held + "/report", report("")), "results", "INVALID_VALUE");
        assertThat(steps.statusOf(held)).isEqualTo("HELD");
    }

    @Test
    void stepsOutOfTurnAreConflicts() {
        String draft = steps.draft("officer").id();
        assertProblem(api.post("leader", PATH + "/" + draft + "/permit", permit()), 409, "ILLEGAL_TRANSITION");
        assertProblem(api.post("reviewer", PATH + "/" + draft + "/consultations", opinion("SNGV", "AGREE", null)),
                409, "ILLEGAL_TRANSITION");

        String applied = steps.applied("officer").id();
        LocalDate yesterday = today().minusDays(1);
        assertProblem(api.post("officer", PATH + "/" + applied + "/held", held(yesterday, yesterday, 10, 2)), 409,
                "ILLEGAL_TRANSITION");
        assertProblem(api.post("officer", PATH + "/" + applied + "/submit", application("SNGV")), 409,
                "ILLEGAL_TRANSITION");

        String permitted = steps.permitted("officer").id();
        assertProblem(api.post("officer", PATH + "/" + permitted + "/report", report("Kết quả")), 409,
                "ILLEGAL_TRANSITION");
        assertProblem(api.post("leader", PATH + "/" + permitted + "/refuse", reason("Đổi ý")), 409,
                "ILLEGAL_TRANSITION");
        assertProblem(api.put("officer", PATH + "/" + permitted, newConference()), 409, "ILLEGAL_TRANSITION");

        String held = steps.held("officer").id();
        assertProblem(api.post("officer", PATH + "/" + held + "/cancel", reason("Quá muộn")), 409,
                "ILLEGAL_TRANSITION");
        assertThat(steps.statusOf(held)).isEqualTo("HELD");
    }

    @Test
    void aStaleVersionIsAPreconditionFailure() {
        String id = steps.draft("officer").id();
        api.put("officer", PATH + "/" + id, newConference("title", "First edit"), "If-Match", "\"1\"");

        assertProblem(api.put("officer", PATH + "/" + id, newConference("title", "Second edit"), "If-Match", "\"1\""),
                412, "STALE_VERSION");
        assertProblem(api.post("officer", PATH + "/" + id + "/submit", application("SNGV"), "If-Match", "1"), 412,
                "STALE_VERSION");
        Api.Response read = api.get("officer", PATH + "/" + id);
        assertThat(read.body().path("details").path("title").asText()).isEqualTo("First edit");
        assertThat(read.body().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aMalformedIfMatchIsABadRequest() {
        String id = steps.draft("officer").id();
        assertFieldError(api.post("officer", PATH + "/" + id + "/submit", application("SNGV"), "If-Match", "latest"),
                "If-Match", "VALIDATION_FAILED");
    }

    @Test
    void badListParametersAreFieldErrors() {
        assertFieldError(api.get("leader", PATH + "?status=SOMEDAY"), "status", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?foreignFunded=perhaps"), "foreignFunded", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?size=1000"), "size", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?year=soon"), "year", "INVALID_VALUE");
    }

    @Test
    void anUnknownConferenceIsNotFound() {
        assertProblem(api.get("leader", UNKNOWN), 404, "NOT_FOUND");
        assertProblem(api.post("leader", UNKNOWN + "/permit", permit()), 404, "NOT_FOUND");
        assertProblem(api.post("officer", UNKNOWN + "/submit", application("SNGV")), 404, "NOT_FOUND");
        assertProblem(api.put("officer", UNKNOWN, newConference()), 404, "NOT_FOUND");
        assertProblem(api.get("leader", PATH + "/" + "x".repeat(65)), 404, "NOT_FOUND");
        String inbound = api.post("officer", "/api/v1/inbound-delegations",
                newInboundDelegation()).id();
        assertProblem(api.get("leader", PATH + "/" + inbound), 404, "NOT_FOUND");
    }

    @Test
    void signingInIsRequired() {
        assertProblem(api.get(null, PATH), 401, "UNAUTHENTICATED");
        assertProblem(api.post(null, PATH, newConference()), 401, "UNAUTHENTICATED");
        assertProblem(api.get(null, PATH + "/overdue-reports"), 401, "UNAUTHENTICATED");
    }
}
