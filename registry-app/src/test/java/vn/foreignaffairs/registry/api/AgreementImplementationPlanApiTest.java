package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.proposal;
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
import vn.foreignaffairs.registry.support.TestPlans;

/**
 * The annual implementation plan for agreements over HTTP: due 15 November of the year before
 * (Law 70/2020 art. 42), submitted and revised by the signing body, listed as overdue until it is.
 * Each test has a signing body of its own.
 */
class AgreementImplementationPlanApiTest extends RegistryIntegrationTest {

    private static final String PLANS = "/api/v1/agreements/implementation-plans";
    private static final LocalDate TODAY = ProvinceTime.today();
    private static final int NEXT_YEAR = TODAY.getYear() + 1;
    private static final LocalDate DUE = LocalDate.of(TODAY.getYear(), 11, 15);

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    private AgreementSteps steps;
    private TestAgencies agencies;
    private String body;
    private String officer;
    private String agreement;

    @BeforeEach
    void aSigningBodyWithAnAgreementInForce() {
        steps = new AgreementSteps(api);
        agencies = new TestAgencies(api, users, passwords);
        body = agencies.register("SVH", "DEPARTMENT");
        officer = agencies.officerOf(body);
        agreement = steps.inForce(officer, proposal("signingBody", body), TODAY.minusDays(1));
    }

    private String planPath() {
        return PLANS + "/" + body + "/" + NEXT_YEAR;
    }

    private static Map<String, Object> plan(String... agreementIds) {
        return Map.of("activities", List.of(agreementIds).stream()
                .map(id -> Map.of("agreementId", id, "activity", "Tổ chức đoàn công tác sang Izumisano",
                        "timeframe", "Quý II/" + NEXT_YEAR, "leadUnit", "Phòng Hợp tác quốc tế"))
                .toList());
    }

    private List<String> overdueBodies(String user, LocalDate asOf) {
        Api.Response overdue = expect(api.get(user, PLANS + "/overdue?year=" + NEXT_YEAR + "&asOf=" + asOf), 200);
        return overdue.body().path("items").findValuesAsText("signingBody");
    }

    @Test
    void aBodyWithAnAgreementInForceIsOverdueTheDayAfterTheDueDateUntilItSubmits() {
        assertThat(overdueBodies("leader", DUE)).doesNotContain(body);
        Api.Response listed = expect(api.get("leader",
                PLANS + "/overdue?year=" + NEXT_YEAR + "&signingBody=" + body + "&asOf=" + DUE.plusDays(1)), 200);
        JsonNode item = listed.body().path("items").get(0);
        assertThat(item.path("signingBody").asText()).isEqualTo(body);
        assertThat(item.path("due").asText()).isEqualTo(DUE.toString());
        assertThat(item.path("daysOverdue").asLong()).isEqualTo(1);
        assertThat(item.path("agreementsToImplement").asLong()).isEqualTo(1);

        expect(api.put(officer, planPath(), plan(agreement)), 201);

        // Read the day again: a run that crosses midnight in the province submits on the next day.
        LocalDate submittedOn = ProvinceTime.today();
        LocalDate afterSubmission = submittedOn.isAfter(DUE) ? submittedOn : DUE.plusDays(1);
        assertThat(overdueBodies("leader", afterSubmission)).doesNotContain(body);
        assertThat(overdueBodies(officer, afterSubmission)).isEmpty();
    }

    @Test
    void theSubmittedPlanShowsItsActivitiesDueDateAndWhetherItWasLate() {
        Api.Response submitted = expect(api.put(officer, planPath(), plan(agreement)), 201);
        assertThat(submitted.header("ETag")).isEqualTo("\"1\"");
        JsonNode view = expect(api.get("inspector", planPath()), 200).body();
        assertThat(view.path("signingBody").asText()).isEqualTo(body);
        assertThat(view.path("year").asInt()).isEqualTo(NEXT_YEAR);
        assertThat(view.path("revision").asInt()).isEqualTo(1);
        assertThat(view.path("due").asText()).isEqualTo(DUE.toString());
        assertThat(view.path("late").asBoolean()).isEqualTo(TODAY.isAfter(DUE));
        assertThat(view.path("submittedBy").asText()).isEqualTo(officer);
        JsonNode activity = view.path("activities").get(0);
        assertThat(activity.path("agreement").asText()).isEqualTo(agreement);
        assertThat(activity.path("activity").asText()).isEqualTo("Tổ chức đoàn công tác sang Izumisano");
    }

    @Test
    void aBodyWithAnAnnualPlanForTheSameYearSubmitsItsImplementationPlanToo() {
        TestPlans.approve(api, body, officer, NEXT_YEAR);

        Api.Response submitted = api.put(officer, planPath(), plan(agreement));

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(expect(api.get("inspector", planPath()), 200).body().path("activities")).hasSize(1);
        assertThat(expect(api.get("inspector", "/api/v1/plans/" + body + "/" + NEXT_YEAR), 200).body()
                .path("status").asText()).as("the annual plan is untouched").isEqualTo("APPROVED");
    }

    @Test
    void aRevisionNeedsTheLatestVersion() {
        expect(api.put(officer, planPath(), plan(agreement)), 201);
        Api.Response revised = expect(api.put(officer, planPath(), plan(agreement, agreement), "If-Match", "\"1\""), 200);
        assertThat(revised.body().path("revision").asInt()).isEqualTo(2);
        assertThat(revised.body().path("activities")).hasSize(2);
        Api.Response stale = api.put(officer, planPath(), plan(agreement), "If-Match", "\"1\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");
    }

    @Test
    void onlyAgreementsOfTheBodyThatAreSignedOrInForceArePlanned() {
        String proposedOnly = steps.proposed(officer, proposal("signingBody", body));
        Api.Response notYetSigned = api.put(officer, planPath(), plan(agreement, proposedOnly));
        assertThat(notYetSigned.status()).as(notYetSigned.toString()).isEqualTo(400);
        assertThat(notYetSigned.code()).isEqualTo("VALIDATION_FAILED");
        JsonNode error = notYetSigned.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("activities[1].agreementId");
        assertThat(error.path("code").asText()).isEqualTo("AGREEMENT_NOT_TO_IMPLEMENT");

        Api.Response unknown = api.put(officer, planPath(), plan("no-such-agreement"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("code").asText()).isEqualTo("AGREEMENT_NOT_TO_IMPLEMENT");
        assertThat(api.get("inspector", planPath()).status()).isEqualTo(404);
    }

    @Test
    void badPlansAreRefusedWithTheField() {
        Api.Response empty = api.put(officer, planPath(), Map.of("activities", List.of()));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.body().path("errors").findValuesAsText("field")).contains("activities");

        Api.Response pastYear = api.put(officer, PLANS + "/" + body + "/" + (TODAY.getYear() - 1), plan(agreement));
        assertThat(pastYear.status()).as(pastYear.toString()).isEqualTo(400);
        assertThat(pastYear.body().path("errors").findValuesAsText("field")).contains("year");

        Api.Response badYear = api.get("leader", PLANS + "/overdue?year=abc");
        assertThat(badYear.status()).as(badYear.toString()).isEqualTo(400);
    }

    @Test
    void onlyTheSigningBodysOfficersSubmitAndOfficersSeeTheirOwnOverdueList() {
        Api.Response otherOfficer = api.put("officer2", planPath(), plan(agreement));
        assertThat(otherOfficer.status()).as(otherOfficer.toString()).isEqualTo(403);
        assertThat(otherOfficer.code()).isEqualTo("NOT_OWN_AGENCY");
        assertThat(api.put("leader", planPath(), plan(agreement)).status()).isEqualTo(403);
        assertThat(api.put("inspector", planPath(), plan(agreement)).status()).isEqualTo(403);
        assertThat(api.put(null, planPath(), plan(agreement)).status()).isEqualTo(401);

        Api.Response othersList = api.get("officer2", PLANS + "/overdue?year=" + NEXT_YEAR + "&signingBody=" + body);
        assertThat(othersList.status()).isEqualTo(403);
        assertThat(api.get(null, PLANS + "/overdue?year=" + NEXT_YEAR).status()).isEqualTo(401);
        assertThat(api.get("admin", PLANS + "/overdue?year=" + NEXT_YEAR).status()).isEqualTo(403);
    }
}
