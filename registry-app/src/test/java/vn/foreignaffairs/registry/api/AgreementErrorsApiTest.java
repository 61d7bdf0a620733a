package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.PATH;
import static vn.foreignaffairs.registry.support.AgreementRequests.consultation;
import static vn.foreignaffairs.registry.support.AgreementRequests.decision;
import static vn.foreignaffairs.registry.support.AgreementRequests.entryIntoForce;
import static vn.foreignaffairs.registry.support.AgreementRequests.implementationReport;
import static vn.foreignaffairs.registry.support.AgreementRequests.opinion;
import static vn.foreignaffairs.registry.support.AgreementRequests.proposal;
import static vn.foreignaffairs.registry.support.AgreementRequests.signing;
import static vn.foreignaffairs.registry.support.AgreementRequests.signingReport;
import static vn.foreignaffairs.registry.support.AgreementSteps.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;

/** Every refusal about agreements is a problem with a stable code; none is a 500 and none writes anything. */
class AgreementErrorsApiTest extends RegistryIntegrationTest {

    private static final LocalDate TODAY = ProvinceTime.today();
    private static final String UNKNOWN = PATH + "/3f9c2d4e-0000-0000-0000-000000000000";

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    private AgreementSteps steps;

    @BeforeEach
    void steps() {
        steps = new AgreementSteps(api);
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

    private long total() {
        return api.get("leader", PATH + "?size=1").body().path("total").asLong();
    }

    private long versionOf(String id) {
        return steps.read(id).path("version").asLong();
    }

    // the proposal

    @Test
    void missingOrMalformedFieldsAreNamed() {
        long before = total();
        assertFieldError(api.post("officer", PATH, proposal("title", null)), "title", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, proposal("kind", null)), "kind", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, proposal("kind", "TREATY")), "kind", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, proposal("foreignParty",
                Map.of("countryCode", "Japan", "organisation", "Izumisano"))), "foreignParty.countryCode",
                "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, proposal("fieldsOfCooperation", List.of())),
                "fieldsOfCooperation", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, proposal("term", Map.of("years", 1, "months", 12))),
                "term.months", "INVALID_VALUE");
        assertFieldError(api.post("officer", PATH, proposal("term", Map.of("years", "five"))), "term.years",
                "INVALID_VALUE");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void theRulesOfAProposalAreNamed() {
        long before = total();
        assertFieldError(api.post("officer", PATH, proposal("foreignParty", Map.of("countryCode", "KR"))),
                "foreignParty.organisation", "VALIDATION_FAILED");
        assertFieldError(api.post("officer", PATH, proposal("term", Map.of("years", 0))), "term",
                "VALIDATION_FAILED");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void anAgreementIsProposedInTheNameOfAnActiveAgency() {
        assertFieldError(api.post("officer", PATH, proposal("signingBody", "NOPE")), "signingBody",
                "UNKNOWN_AGENCY");
        TestAgencies agencies = new TestAgencies(api, users, passwords);
        String dissolved = agencies.register("UBND-X", "DISTRICT_COMMITTEE");
        String officer = agencies.officerOf(dissolved);
        expect(api.post("admin", "/api/v1/agencies/" + dissolved + "/dissolve", Map.of("effectiveDate",
                "2025-07-01", "decisionReference", "1236/QĐ-UBND", "reason", "Không tổ chức cấp huyện")), 200);
        assertProblem(api.post(officer, PATH, proposal("signingBody", dissolved)), 409, "AGENCY_INACTIVE");
    }

    // consultation

    @Test
    void aConsultationNamesRegisteredBodiesAskedOnADayThatHasCome() {
        String id = steps.proposed("officer", proposal());
        String path = PATH + "/" + id + "/consultation-requests";
        assertFieldError(api.post("officer", path, Map.of("agencies", List.of())), "agencies",
                "CONSULTED_AGENCIES_REQUIRED");
        assertFieldError(api.post("officer", path, consultation(TODAY, "NOPE")), "agencies[0]", "UNKNOWN_AGENCY");
        assertFieldError(api.post("officer", path, consultation(TODAY.plusDays(1), "SNGV")), "requestedOn",
                "DATE_IN_FUTURE");
        assertFieldError(api.post("officer", path, consultation(TODAY, "SNGV", "SNGV")), "agencies[1]",
                "VALIDATION_FAILED");
        assertThat(steps.statusOf(id)).isEqualTo("PROPOSED");
        assertThat(versionOf(id)).isEqualTo(1);
    }

    @Test
    void onlyConsultedBodiesAnswerAndADisagreementSaysWhy() {
        String id = steps.underConsultation("officer", proposal(), TODAY.minusDays(3));
        String path = PATH + "/" + id + "/consultations";
        assertFieldError(api.post("reviewer", path, opinion("SCT", "AGREE", TODAY)), "agency", "AGENCY_NOT_CONSULTED");
        assertFieldError(api.post("reviewer", path, Map.of("agency", "SNGV", "opinion", "DISAGREE")), "note",
                "VALIDATION_FAILED");
        assertFieldError(api.post("reviewer", path, Map.of("agency", "SNGV", "opinion", "MAYBE")), "opinion",
                "INVALID_VALUE");
        assertFieldError(api.post("reviewer", path, opinion("SNGV", "AGREE", TODAY.minusDays(4))), "answeredOn",
                "DATES_OUT_OF_ORDER");
        assertThat(versionOf(id)).isEqualTo(2);
    }

    // the decision

    @Test
    void approvalComesAfterEveryConsultedBodyAnswered() {
        String proposed = steps.proposed("officer", proposal());
        assertProblem(api.post("leader", PATH + "/" + proposed + "/approve", decision("1/QĐ-UBND", TODAY)), 409,
                "ILLEGAL_TRANSITION");

        String id = steps.proposed("officer", proposal());
        expect(api.post("officer", PATH + "/" + id + "/consultation-requests",
                consultation(TODAY.minusDays(5), "SNGV", "CA")), 200);
        expect(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("CA", "DISAGREE", TODAY)), 200);
        Api.Response incomplete = api.post("leader", PATH + "/" + id + "/approve", decision("1/QĐ-UBND", TODAY));
        assertProblem(incomplete, 409, "CONSULTATION_INCOMPLETE");
        assertThat(incomplete.body().path("detail").asText()).contains("SNGV");

        expect(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", TODAY)), 200);
        assertProblem(api.post("leader", PATH + "/" + id + "/approve", decision("1/QĐ-UBND", TODAY)), 409,
                "OVERRIDE_REASON_REQUIRED");
        assertFieldError(api.post("leader", PATH + "/" + id + "/approve", Map.of("decisionDate", TODAY.toString())),
                "decisionNumber", "INVALID_VALUE");
        assertFieldError(api.post("leader", PATH + "/" + id + "/refuse", Map.of()), "reason", "INVALID_VALUE");
        assertThat(steps.statusOf(id)).isEqualTo("UNDER_CONSULTATION");
    }

    // signing and reporting

    @Test
    void bothSidesSignAfterTheDecisionOnADayThatHasCome() {
        LocalDate approvedOn = TODAY.minusDays(5);
        String id = steps.approved("officer", proposal(), approvedOn);
        String path = PATH + "/" + id + "/sign";
        assertFieldError(api.post("officer", path, Map.of("signedOn", TODAY.toString(), "place", "Osaka",
                "signatories", List.of(Map.of("side", "VIETNAMESE", "name", "Lê Văn Dũng")))), "signatories",
                "SIGNATORIES_REQUIRED");
        assertFieldError(api.post("officer", path, signing(approvedOn.minusDays(1))), "signedOn",
                "DATE_BEFORE_DECISION");
        assertFieldError(api.post("officer", path, signing(TODAY.plusDays(1))), "signedOn", "DATE_IN_FUTURE");
        assertFieldError(api.post("officer", path, Map.of("signedOn", TODAY.toString(), "place", "Osaka",
                "signatories", List.of(Map.of("side", "BOTH", "name", "X")))), "signatories[0].side", "INVALID_VALUE");
        assertThat(steps.statusOf(id)).isEqualTo("APPROVED");
    }

    @Test
    void theSigningIsReportedOnceAndNotBeforeItHappened() {
        LocalDate signedOn = TODAY.minusDays(5);
        String id = steps.signed("officer", proposal(), signedOn);
        String path = PATH + "/" + id + "/report-to-government";
        assertFieldError(api.post("officer", path, signingReport("1/BC", signedOn.minusDays(1))), "sentOn",
                "DATES_OUT_OF_ORDER");
        expect(api.post("officer", path, signingReport("1/BC", signedOn)), 200);
        assertProblem(api.post("officer", path, signingReport("2/BC", TODAY)), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void onlyAnAgreementInForceIsReportedOnAndItEntersIntoForceAfterSigning() {
        LocalDate signedOn = TODAY.minusDays(5);
        String id = steps.signed("officer", proposal(), signedOn);
        assertProblem(api.post("officer", PATH + "/" + id + "/implementation-reports",
                implementationReport("Năm nay", TODAY)), 409, "ILLEGAL_TRANSITION");
        assertFieldError(api.post("officer", PATH + "/" + id + "/enter-into-force",
                entryIntoForce(signedOn.minusDays(1))), "inForceFrom", "DATES_OUT_OF_ORDER");
        assertFieldError(api.post("officer", PATH + "/" + id + "/enter-into-force",
                entryIntoForce(TODAY.plusDays(1))), "inForceFrom", "DATE_IN_FUTURE");
        assertThat(steps.statusOf(id)).isEqualTo("SIGNED");
    }

    // decisions after signing

    @Test
    void decisionsAfterSigningFollowTheirRules() {
        String id = steps.inForce("officer", proposal(), TODAY.minusDays(10));
        JsonNode agreement = steps.read(id);
        LocalDate lastDay = LocalDate.parse(agreement.path("lastDay").asText());
        String usedNumber = agreement.path("approval").path("number").asText();

        assertFieldError(api.post("leader", PATH + "/" + id + "/extend", Map.of("decisionNumber", "9/QĐ-UBND",
                "decisionDate", TODAY.toString(), "newLastDay", lastDay.toString())), "newLastDay",
                "DATES_OUT_OF_ORDER");
        assertProblem(api.post("leader", PATH + "/" + id + "/suspend",
                decision(usedNumber, TODAY, "reason", "Rà soát")), 409, "NEW_DECISION_REQUIRED");
        assertFieldError(api.post("leader", PATH + "/" + id + "/suspend", decision("9/QĐ-UBND", TODAY)), "reason",
                "REASON_REQUIRED");
        assertProblem(api.post("leader", PATH + "/" + id + "/resume", decision("9/QĐ-UBND", TODAY)), 409,
                "ILLEGAL_TRANSITION");
        assertThat(versionOf(id)).isEqualTo(agreement.path("version").asLong());
    }

    @Test
    void anExpiredAgreementIsNotChangedAnyMore() {
        String id = steps.inForce("officer", proposal("term", Map.of("years", 1)), TODAY.minusYears(1).minusDays(5));
        assertThat(steps.statusOf(id)).isEqualTo("EXPIRED");
        assertProblem(api.post("leader", PATH + "/" + id + "/extend", Map.of("decisionNumber", "9/QĐ-UBND",
                "decisionDate", TODAY.toString(), "newLastDay", TODAY.plusYears(1).toString())), 409,
                "AGREEMENT_EXPIRED");
    }

    // versions, ids and list parameters

    @Test
    void aWriteOnAnOlderVersionIsRefused() {
        String id = steps.underConsultation("officer", proposal(), TODAY.minusDays(1));
        assertProblem(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", TODAY),
                "If-Match", "\"1\""), 412, "STALE_VERSION");
        assertFieldError(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", TODAY),
                "If-Match", "yesterday"), "If-Match", "VALIDATION_FAILED");
        expect(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", TODAY),
                "If-Match", "\"2\""), 200);
    }

    @Test
    void unknownAgreementsAreNotFound() {
        assertProblem(api.get("leader", UNKNOWN), 404, "NOT_FOUND");
        assertProblem(api.get("leader", PATH + "/not$an$id"), 404, "NOT_FOUND");
        assertProblem(api.post("leader", UNKNOWN + "/approve", decision("1/QĐ-UBND", TODAY)), 404, "NOT_FOUND");
        assertProblem(api.post("officer", UNKNOWN + "/consultation-requests", consultation(TODAY, "SNGV")), 404,
                "NOT_FOUND");
    }

    @Test
    void badListParametersAreNamed() {
        assertFieldError(api.get("leader", PATH + "?status=SLEEPING"), "status", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?country=Japan"), "country", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?expiringWithinDays=-1"), "expiringWithinDays", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "?withoutImplementationReportSince=lastyear"),
                "withoutImplementationReportSince", "INVALID_VALUE");
        assertFieldError(api.get("leader", PATH + "/overdue-consultations?agency=NOPE"), "agency", "UNKNOWN_AGENCY");
        assertFieldError(api.get("leader", PATH + "/overdue-signing-reports?asOf=soon"), "asOf", "INVALID_VALUE");
    }
}
