package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.PATH;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.approval;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.newInboundDelegation;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.reason;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.report;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.visitHeld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.InboundSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Every refusal about inbound delegations is a problem with a stable code; none is a 500 and none writes anything. */
class InboundDelegationErrorsApiTest extends RegistryIntegrationTest {

    private static final String UNKNOWN = PATH + "/3f9c2d4e-0000-0000-0000-000000000000";

    private InboundSteps steps;

    @BeforeEach
    void steps() {
        steps = new InboundSteps(api);
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
        assertFieldError(api.post("officer", PATH, newInboundDelegation("title", null)), "title", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("foreignParty", null)), "foreignParty",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("foreignParty",
                Map.of("countryCode", "Korea", "organisation", "KOTRA"))), "foreignParty.countryCode", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("purpose", null)), "purpose", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("size", 0)), "size", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("arrivalDate", null)), "arrivalDate",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("programme",
                List.of(Map.of("date", "2027-04-10")))), "programme[0].content", "INVALID_VALUE");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void valuesOfTheWrongTypeNameTheirField() {
        assertFieldError(api.post("officer", PATH, newInboundDelegation("purpose", "SIGHTSEEING")), "purpose",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("programme",
                List.of(Map.of("date", "tomorrow", "content", "x")))), "programme[0].date", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("size", "many")), "size", "INVALID_VALUE");
    }

    @Test
    void aForeignPartyNeedsAnOrganisationOrALocality() {
        assertFieldError(api.post("officer", PATH, newInboundDelegation("foreignParty", Map.of("countryCode", "KR"))),
                "foreignParty.organisation", "VALIDATION_FAILED");
    }

    @Test
    void datesOutOfOrderAreRefusedWithTheirOwnCode() {
        assertFieldError(api.post("officer", PATH, newInboundDelegation("departureDate", "2027-04-09")),
                "departureDate", "DATES_OUT_OF_ORDER");
        assertFieldError(api.post("officer", PATH, newInboundDelegation("programme",
                List.of(Map.of("date", "2027-04-20", "content", "Tham quan Hội An")))),
                "programme[0].date", "DATES_OUT_OF_ORDER");
    }

    @Test
    void anUnknownHostAgencyIsRefused() {
        assertFieldError(api.post("officer", PATH, newInboundDelegation("hostAgency", "NOPE")), "hostAgency",
                "UNKNOWN_AGENCY");
    }

    @Test
    void theHostAgencyCannotBeChangedByARevision() {
        String id = steps.draft("officer").id();
        assertFieldError(api.put("officer", PATH + "/" + id, newInboundDelegation("hostAgency", "SCT")), "hostAgency",
                "VALIDATION_FAILED");
        assertThat(api.get("officer", PATH + "/" + id).body().path("hostAgency").asText()).isEqualTo("SKHDT");
    }

    @Test
    void aVisitIsSubmittedOnlyWithItsProgrammeAndReceptionPlan() {
        String noProgramme = api.post("officer", PATH, newInboundDelegation("programme", null)).id();
        assertFieldError(api.post("officer", PATH + "/" + noProgramme + "/submit", null), "programme",
                "PROGRAMME_REQUIRED");
        String noPlan = api.post("officer", PATH, newInboundDelegation("receptionPlan", null)).id();
        assertFieldError(api.post("officer", PATH + "/" + noPlan + "/submit", null), "receptionPlan",
                "RECEPTION_PLAN_REQUIRED");
        assertThat(steps.statusOf(noProgramme)).isEqualTo("DRAFT");
        assertThat(steps.statusOf(noPlan)).isEqualTo("DRAFT");
    }

    @Test
    void eachStepNeedsWhatItRecords() {
        String submitted = steps.submitted("officer").id();
        assertFieldError(api.post("leader", PATH + "/" + submitted + "/approve", Map.of("decisionNumber", "1/QĐ")),
                "decisionDate", "INVALID_VALUE");
        assertFieldError(api.post("leader", PATH + "/" + submitted + "/reject", reason(" ")), "reason",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH + "/" + submitted + "/cancel", Map.of()), "reason", "INVALID_VALUE");
        assertThat(steps.statusOf(submitted)).isEqualTo("SUBMITTED");

        String approved = steps.approved("officer").id();
        assertFieldError(api.post("officer", PATH + "/" + approved + "/visit-held", Map.of("arrivalDate", "2027-04-10")),
                "departureDate", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH + "/" + approved + "/visit-held", visitHeld("2027-04-10", "2027-04-09")),
                "departureDate", "DATES_OUT_OF_ORDER");
        assertThat(steps.statusOf(approved)).isEqualTo("APPROVED");

        String held = steps.held("officer").id();
        assertFieldError(api.post("officer", PATH + "/" + held + "/report", report("")), "results", "INVALID_VALUE");
        assertThat(steps.statusOf(held)).isEqualTo("VISIT_HELD");
    }

    @Test
    void badListParametersAreFieldErrors() {
        assertFieldError(api.get("leader", PATH + "?status=SOMEDAY"), "status", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?purpose=SIGHTSEEING"), "purpose", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?country=korea"), "country", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?size=1000"), "size", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?year=soon"), "year", "INVALID_VALUE");
    }

    @Test
    void anUnknownInboundDelegationIsNotFound() {
        assertProblem(api.get("leader", UNKNOWN), 404, "NOT_FOUND");
        assertProblem(api.post("leader", UNKNOWN + "/approve", approval()), 404, "NOT_FOUND");
        assertProblem(api.post("officer", UNKNOWN + "/visit-held", visitHeld()), 404, "NOT_FOUND");
        assertProblem(api.put("officer", UNKNOWN, newInboundDelegation()), 404, "NOT_FOUND");
        assertProblem(api.get("leader", PATH + "/" + "x".repeat(65)), 404, "NOT_FOUND");
        String outbound = createDraft("officer").id();
        assertProblem(api.get("leader", PATH + "/" + outbound), 404, "NOT_FOUND");
    }

    @Test
    void stepsOutOfTurnAreConflicts() {
        String draft = steps.draft("officer").id();
        assertProblem(api.post("leader", PATH + "/" + draft + "/approve", approval()), 409, "ILLEGAL_TRANSITION");

        String submitted = steps.submitted("officer").id();
        assertProblem(api.post("officer", PATH + "/" + submitted + "/visit-held", visitHeld()), 409,
                "ILLEGAL_TRANSITION");

        String approved = steps.approved("officer").id();
        assertProblem(api.post("officer", PATH + "/" + approved + "/report", report("Kết quả")), 409,
                "ILLEGAL_TRANSITION");
        assertProblem(api.post("leader", PATH + "/" + approved + "/approve", approval()), 409, "ILLEGAL_TRANSITION");

        String held = steps.held("officer").id();
        assertProblem(api.post("officer", PATH + "/" + held + "/cancel", reason("Quá muộn")), 409,
                "ILLEGAL_TRANSITION");
        assertThat(steps.statusOf(held)).isEqualTo("VISIT_HELD");
    }

    @Test
    void anApprovalDatedAfterTheArrivalIsAConflict() {
        String id = steps.submitted("officer").id();
        Api.Response late = api.post("leader", PATH + "/" + id + "/approve", approval("2027-04-11"));
        assertProblem(late, 409, "APPROVAL_AFTER_VISIT_START");
        assertThat(late.body().path("detail").asText()).contains("2027-04-10");
        assertThat(steps.statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(api.post("leader", PATH + "/" + id + "/approve", approval("2027-04-10")).status()).isEqualTo(200);
    }

    @Test
    void aStaleVersionIsAPreconditionFailure() {
        String id = steps.draft("officer").id();
        api.put("officer", PATH + "/" + id, newInboundDelegation("title", "First edit"), "If-Match", "\"1\"");

        assertProblem(api.put("officer", PATH + "/" + id, newInboundDelegation("title", "Second edit"),
                "If-Match", "\"1\""), 412, "STALE_VERSION");
        assertProblem(api.post("officer", PATH + "/" + id + "/submit", null, "If-Match", "1"), 412, "STALE_VERSION");
        Api.Response read = api.get("officer", PATH + "/" + id);
        assertThat(read.body().path("details").path("title").asText()).isEqualTo("First edit");
        assertThat(read.body().path("status").asText()).isEqualTo("DRAFT");

        String approved = steps.approved("officer").id();
        assertProblem(api.post("officer", PATH + "/" + approved + "/visit-held", visitHeld(), "If-Match", "\"2\""),
                412, "STALE_VERSION");
        assertThat(steps.statusOf(approved)).isEqualTo("APPROVED");
    }

    @Test
    void aMalformedIfMatchIsABadRequest() {
        String id = steps.draft("officer").id();
        assertFieldError(api.post("officer", PATH + "/" + id + "/submit", null, "If-Match", "yesterday"), "If-Match",
                "VALIDATION_FAILED");
    }

    @Test
    void signingInIsRequired() {
        assertProblem(api.get(null, PATH), 401, "UNAUTHENTICATED");
        assertProblem(api.post(null, PATH, newInboundDelegation()), 401, "UNAUTHENTICATED");
    }
}
