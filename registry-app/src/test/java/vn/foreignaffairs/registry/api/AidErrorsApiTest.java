package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AidRequestBodies.DONORS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.IATI;
import static vn.foreignaffairs.registry.support.AidRequestBodies.PROJECTS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.TOTALS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.amount;
import static vn.foreignaffairs.registry.support.AidRequestBodies.appraisal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.decision;
import static vn.foreignaffairs.registry.support.AidRequestBodies.donor;
import static vn.foreignaffairs.registry.support.AidRequestBodies.opinion;
import static vn.foreignaffairs.registry.support.AidRequestBodies.permit;
import static vn.foreignaffairs.registry.support.AidRequestBodies.proposal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.reason;
import static vn.foreignaffairs.registry.support.AidRequestBodies.receipt;
import static vn.foreignaffairs.registry.support.AidRequestBodies.revocation;
import static vn.foreignaffairs.registry.support.AidRequestBodies.visit;
import static vn.foreignaffairs.registry.support.AidSteps.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Every refusal about aid is a problem with a stable code; none is a 500 and none writes anything. */
class AidErrorsApiTest extends RegistryIntegrationTest {

    private static final String UNKNOWN = PROJECTS + "/3f9c2d4e-0000-0000-0000-000000000000";

    private AidSteps steps;

    @BeforeEach
    void steps() {
        steps = new AidSteps(api);
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
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

    private long aidOf(String donor) {
        return api.get("leader", PROJECTS + "?size=1&donor=" + donor).body().path("total").asLong();
    }

    private static String path(String id, String step) {
        return PROJECTS + "/" + id + "/" + step;
    }

    private static String tomorrow() {
        return ProvinceTime.today().plusDays(1).toString();
    }

    // the proposal

    @Test
    void missingOrMalformedFieldsAreNamed() {
        String donor = steps.donor();
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "title", null)), "title", "INVALID_VALUE");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "sector", "SPACE")), "sector",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "kind", null)), "kind", "INVALID_VALUE");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "districts", List.of())), "districts",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "committed", null)), "committed",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "committed",
                Map.of("amount", "lots", "currency", "USD", "vndRate", "25400", "rateDate", "2026-01-05"))),
                "committed.amount", "INVALID_VALUE");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "plannedStartDate", "soon")),
                "plannedStartDate", "INVALID_VALUE");
        assertThat(aidOf(donor)).isZero();
    }

    @Test
    void rulesOfTheProposalNameTheirField() {
        String donor = steps.donor();
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "plannedEndDate", null)), "plannedEndDate",
                "VALIDATION_FAILED");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "plannedEndDate", "2026-02-01")),
                "plannedEndDate", "DATES_OUT_OF_ORDER");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "districts", List.of("Hội An", "Hội An"))),
                "districts[1]", "DUPLICATE_ITEM");
        assertThat(aidOf(donor)).isZero();
    }

    @Test
    void amountsNeedAnIsoCurrencyWithItsDecimals() {
        String donor = steps.donor();
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "committed",
                amount("1000", "XYZ", "25400", "2026-01-05"))), "committed.currency", "INVALID_CURRENCY");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "committed",
                amount("1000000.5", "VND", "1", "2026-01-05"))), "committed.amount", "INVALID_CURRENCY");
        String id = steps.approved().id();
        assertFieldError(api.post("officer", path(id, "receipts"), receipt("2026-03-02", "100", "usd", "25400")),
                "currency", "INVALID_CURRENCY");
        assertThat(aidOf(donor)).isZero();
    }

    @Test
    void amountsNeedAPositiveDongRateAndDongIsConvertedAtOne() {
        String donor = steps.donor();
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "committed",
                amount("1000", "USD", "0", "2026-01-05"))), "committed.vndRate", "INVALID_VND_RATE");
        assertFieldError(api.post("officer", PROJECTS, proposal(donor, "committed",
                amount("500000000", "VND", "2", "2026-01-05"))), "committed.vndRate", "INVALID_VND_RATE");
        String id = steps.approved().id();
        assertFieldError(api.post("officer", path(id, "disbursements"), Map.of("disbursedOn", "2026-03-02",
                        "amount", "100", "currency", "EUR", "vndRate", "-27000", "rateDate", "2026-03-02",
                        "recipient", "Trường TH")), "vndRate", "INVALID_VND_RATE");
        assertThat(aidOf(donor)).isZero();
    }

    @Test
    void anUnknownDonorIsRefused() {
        assertFieldError(api.post("officer", PROJECTS, proposal("3f9c2d4e-0000-0000-0000-00000000dead")), "donorId",
                "UNKNOWN_DONOR");
        assertFieldError(api.post("officer", PROJECTS, proposal("not a donor!")), "donorId", "UNKNOWN_DONOR");
    }

    @Test
    void aDonorWhosePermitExpiredBeforeTheFileWasCompleteIsRefusedUntilItIsRenewed() {
        String donor = expect(api.post("reviewer", DONORS, donor("Stichting Oud", "FOREIGN_NGO", "NL",
                permit("77/BNG-UBNV", "2020-01-01", "2025-12-31"))), 201).id();
        assertProblem(api.post("officer", PROJECTS, proposal(donor)), 409, "DONOR_PERMIT_EXPIRED");
        assertThat(aidOf(donor)).isZero();

        expect(api.post("officer", DONORS + "/" + donor + "/permits", permit("78/BNG-UBNV", "2026-01-02",
                "2030-12-31")), 200);
        expect(api.post("officer", PROJECTS, proposal(donor)), 201);
    }

    @Test
    void unknownAgenciesAreRefused() {
        assertFieldError(api.post("officer", PROJECTS, proposal(steps.donor(), "receivingAgency", "NOPE")),
                "receivingAgency", "UNKNOWN_AGENCY");
        String id = steps.proposed().id();
        assertFieldError(api.post("reviewer", path(id, "consultations"), opinion("NOPE", "AGREE", null)), "agency",
                "UNKNOWN_AGENCY");
    }

    @Test
    void factsAreNotRecordedBeforeTheyHappen() {
        assertFieldError(api.post("officer", PROJECTS, proposal(steps.donor(), "fileCompletedOn", tomorrow())),
                "fileCompletedOn", "DATE_IN_FUTURE");
        String appraised = steps.appraised().id();
        assertFieldError(api.post("leader", path(appraised, "approve"), decision("85/QĐ-UBND", tomorrow())),
                "decisionDate", "DATE_IN_FUTURE");
        String approved = steps.approved().id();
        assertFieldError(api.post("officer", path(approved, "receipts"), receipt(tomorrow(), "100.00", "USD",
                "25400")), "receivedOn", "DATE_IN_FUTURE");
        assertThat(steps.get(approved).body().path("status").asText()).isEqualTo("APPROVED");
    }

    // who may do what

    @Test
    void officersActOnlyForTheirOwnAgency() {
        assertProblem(api.post("officer2", PROJECTS, proposal(steps.donor(), "receivingAgency", "SKHDT")), 403,
                "NOT_OWN_AGENCY");
        String id = steps.approved().id();
        assertProblem(api.post("officer2", path(id, "receipts"), receipt("2026-03-02", "100.00", "USD", "25400")),
                403, "NOT_OWN_AGENCY");
        assertProblem(api.post("officer2", path(id, "monitoring-visits"), visit("2026-03-02")), 403,
                "NOT_OWN_AGENCY");
        assertThat(steps.get(id).body().path("transactions")).isEmpty();
    }

    @Test
    void eachRoleDoesOnlyItsPart() {
        String donor = steps.donor();
        assertProblem(api.post("inspector", PROJECTS, proposal(donor)), 403, "FORBIDDEN");
        assertProblem(api.post("inspector", DONORS, donor("Stiftung Nord", "FOREIGN_NGO", "DE", null)), 403,
                "FORBIDDEN");
        String appraised = steps.appraised().id();
        assertProblem(api.post("officer", path(appraised, "approve"), decision("85/QĐ-UBND", "2026-02-05")), 403,
                "FORBIDDEN");
        assertProblem(api.post("reviewer", path(appraised, "approve"), decision("85/QĐ-UBND", "2026-02-05")), 403,
                "FORBIDDEN");
        assertProblem(api.post("officer", path(appraised, "consultations"), opinion("CA", "AGREE", null)), 403,
                "FORBIDDEN");
        assertProblem(api.post("admin", path(appraised, "refuse"), reason("Không")), 403, "FORBIDDEN");
        assertProblem(api.get(null, TOTALS + "?groupBy=donor"), 401, "UNAUTHENTICATED");
        assertThat(steps.get(appraised).body().path("status").asText()).isEqualTo("APPRAISED");
    }

    @Test
    void unknownRecordsAreNotFound() {
        assertProblem(api.get("leader", UNKNOWN), 404, "NOT_FOUND");
        assertProblem(api.get("leader", PROJECTS + "/not$an$id"), 404, "NOT_FOUND");
        assertProblem(api.post("leader", UNKNOWN + "/approve", decision("85/QĐ-UBND", "2026-02-05")), 404,
                "NOT_FOUND");
        assertProblem(api.post("officer", UNKNOWN + "/receipts", receipt("2026-03-02", "1.00", "USD", "25400")), 404,
                "NOT_FOUND");
        assertProblem(api.get("leader", DONORS + "/3f9c2d4e-0000-0000-0000-000000000000"), 404, "NOT_FOUND");
        assertProblem(api.post("officer", DONORS + "/3f9c2d4e-0000-0000-0000-000000000000/permits",
                permit("1/GP", "2026-01-01", "2027-01-01")), 404, "NOT_FOUND");
    }

    // the order of the steps

    @Test
    void stepsOutOfOrderAreIllegalTransitions() {
        String proposed = steps.proposed().id();
        expect(api.post("reviewer", path(proposed, "consultations"), opinion("CA", "AGREE", null)), 200);
        assertProblem(api.post("leader", path(proposed, "approve"), decision("85/QĐ-UBND", "2026-02-05")), 409,
                "ILLEGAL_TRANSITION");
        assertProblem(api.post("officer", path(proposed, "receipts"), receipt("2026-03-02", "1.00", "USD", "25400")),
                409, "ILLEGAL_TRANSITION");
        String started = steps.started().id();
        assertProblem(api.post("leader", path(started, "revoke"), revocation("300/QĐ-UBND", "2026-09-01")), 409,
                "ILLEGAL_TRANSITION");
        assertThat(steps.get(proposed).body().path("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void aStaleVersionIsRefused() {
        String id = steps.proposed().id();
        expect(api.post("reviewer", path(id, "consultations"), opinion("CA", "AGREE", null)), 200);
        Api.Response stale = api.post("reviewer", path(id, "appraise"), appraisal("FAVOURABLE", "2026-01-28"),
                "If-Match", "\"1\"");
        assertProblem(stale, 412, "STALE_VERSION");
        assertThat(steps.get(id).body().path("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void anAppraisalWaitsForTheConsultations() {
        String id = steps.proposed().id();
        assertProblem(api.post("reviewer", path(id, "appraise"), appraisal("FAVOURABLE", "2026-01-28")), 409,
                "CONSULTATION_INCOMPLETE");
        expect(api.post("reviewer", path(id, "consultations"), opinion("CA", "AGREE", null)), 200);
        assertFieldError(api.post("reviewer", path(id, "appraise"), appraisal("FAVOURABLE", "2026-01-09")),
                "appraisedOn", "DATES_OUT_OF_ORDER");
    }

    @Test
    void approvingAgainstAnUnfavourableAppraisalNeedsAnOverride() {
        String id = steps.proposed().id();
        expect(api.post("reviewer", path(id, "consultations"), opinion("CA", "DISAGREE", "Lo ngại an ninh")), 200);
        expect(api.post("reviewer", path(id, "appraise"), appraisal("UNFAVOURABLE", "2026-01-28")), 200);
        assertProblem(api.post("leader", path(id, "approve"), decision("85/QĐ-UBND", "2026-02-05")), 409,
                "OVERRIDE_REASON_REQUIRED");
        assertThat(steps.get(id).body().path("status").asText()).isEqualTo("APPRAISED");
    }

    @Test
    void aidIsRevokedOnlyOnceItsStartPeriodIsOver() {
        String id = steps.approved(proposal(steps.donor()), "2026-10-30", "2026-11-01").id();
        assertThat(steps.get(id).body().path("startDeadline").asText()).isEqualTo("2027-05-01");
        Api.Response early = api.post("leader", path(id, "revoke"), revocation("300/QĐ-UBND", "2026-11-20"));
        assertProblem(early, 409, "AID_START_PERIOD_NOT_OVER");
        assertThat(early.body().path("detail").asText()).contains("2027-05-01");
        assertThat(steps.get(id).body().path("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void moneyDoesNotMoveBeforeTheApprovalNorAtALaterRate() {
        String id = steps.approved().id();
        assertFieldError(api.post("officer", path(id, "receipts"), receipt("2026-02-04", "100.00", "USD", "25400")),
                "receivedOn", "DATE_BEFORE_DECISION");
        Map<String, Object> laterRate = new HashMap<>(receipt("2026-03-02", "100.00", "USD", "25400"));
        laterRate.put("rateDate", "2026-03-03");
        assertFieldError(api.post("officer", path(id, "receipts"), laterRate), "rateDate", "DATES_OUT_OF_ORDER");
        assertThat(steps.get(id).body().path("transactions")).isEmpty();
    }

    @Test
    void anAdjustmentNeedsANewDecision() {
        String id = steps.started().id();
        Api.Response sameDecision = api.post("leader", path(id, "adjustments"), Map.of("decisionNumber",
                "85/QĐ-UBND", "decisionDate", "2026-06-01", "reason", "Gia hạn", "plannedEndDate", "2027-06-30"));
        assertProblem(sameDecision, 409, "NEW_DECISION_REQUIRED");
        Api.Response nothing = api.post("leader", path(id, "adjustments"), Map.of("decisionNumber", "210/QĐ-UBND",
                "decisionDate", "2026-06-01", "reason", "Gia hạn"));
        assertFieldError(nothing, "", "VALIDATION_FAILED");
        assertThat(steps.get(id).body().path("adjustments")).isEmpty();
    }

    // the reports

    @Test
    void totalsAreGroupedByOneOfFourGroupings() {
        assertFieldError(api.get("leader", TOTALS + "?groupBy=agency"), "groupBy", "VALIDATION_FAILED");
        assertProblem(api.get("leader", TOTALS), 400, "VALIDATION_FAILED");
        assertFieldError(api.get("leader", TOTALS + "?groupBy=year&year=1990"), "year", "INVALID_VALUE");
        assertFieldError(api.get("leader", TOTALS + "?groupBy=year&year=twenty"), "year", "INVALID_VALUE");
    }

    @Test
    void theIatiExportIsForOneYear() {
        assertProblem(api.get("leader", IATI), 400, "VALIDATION_FAILED");
        assertFieldError(api.get("leader", IATI + "?year=1990"), "year", "INVALID_VALUE");
        assertProblem(api.get(null, IATI + "?year=2026"), 401, "UNAUTHENTICATED");
    }
}
