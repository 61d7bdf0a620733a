package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.PATH;
import static vn.foreignaffairs.registry.support.AgreementRequests.consultation;
import static vn.foreignaffairs.registry.support.AgreementRequests.implementationReport;
import static vn.foreignaffairs.registry.support.AgreementRequests.opinion;
import static vn.foreignaffairs.registry.support.AgreementRequests.proposal;
import static vn.foreignaffairs.registry.support.AgreementRequests.signingReport;
import static vn.foreignaffairs.registry.support.AgreementRequests.with;
import static vn.foreignaffairs.registry.support.AgreementSteps.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

/**
 * What leadership asks of the agreements: by partner country, signing body and status, those
 * expiring soon, those without an implementation report, and the overdue consultations and
 * reports to the Prime Minister. Each test signs its agreements in the name of agencies of its
 * own, and filters by them.
 */
class AgreementQueriesApiTest extends RegistryIntegrationTest {

    private static final LocalDate TODAY = ProvinceTime.today();

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    private AgreementSteps steps;
    private TestAgencies agencies;
    private String body;
    private String officer;

    @BeforeEach
    void freshSigningBody() {
        steps = new AgreementSteps(api);
        agencies = new TestAgencies(api, users, passwords);
        body = agencies.register("SVH", "DEPARTMENT");
        officer = agencies.officerOf(body);
    }

    private Map<String, Object> proposalOfTheBody() {
        return proposal("signingBody", body);
    }

    private Map<String, Object> proposalOfTheBody(String key, Object value) {
        return with(proposalOfTheBody(), key, value);
    }

    private List<String> idsListed(String query) {
        Api.Response page = expect(api.get("leader", PATH + "?size=100&" + query), 200);
        List<String> ids = page.body().path("items").findValuesAsText("id");
        assertThat(page.body().path("total").asLong()).as(page.toString()).isEqualTo(ids.size());
        return ids;
    }

    private List<String> idsListedForTheBody(String query) {
        return idsListed("signingBody=" + body + "&" + query);
    }

    @Test
    void agreementsByPartnerCountry() {
        String japanese = steps.proposed(officer, proposalOfTheBody());
        String lao = steps.proposed(officer, proposalOfTheBody("foreignParty",
                Map.of("countryCode", "LA", "locality", "Tỉnh Champasak")));

        assertThat(idsListedForTheBody("country=LA")).containsExactly(lao);
        assertThat(idsListedForTheBody("country=JP")).containsExactly(japanese);
        assertThat(idsListed("country=LA")).contains(lao).doesNotContain(japanese);
    }

    @Test
    void agreementsBySigningBody() {
        String other = agencies.register("SNN", "DEPARTMENT");
        String ours = steps.proposed(officer, proposalOfTheBody());
        String theirs = steps.proposed(agencies.officerOf(other), proposal("signingBody", other));

        assertThat(idsListed("signingBody=" + body)).containsExactly(ours);
        assertThat(idsListed("signingBody=" + other)).containsExactly(theirs);
    }

    @Test
    void agreementsByStatus() {
        String proposed = steps.proposed(officer, proposalOfTheBody());
        String inForce = steps.inForce(officer, proposalOfTheBody(), TODAY.minusDays(10));
        String refused = steps.underConsultation(officer, proposalOfTheBody(), TODAY.minusDays(3));
        expect(api.post("leader", PATH + "/" + refused + "/refuse", Map.of("reason", "Chưa cần thiết")), 200);

        assertThat(idsListedForTheBody("status=PROPOSED")).containsExactly(proposed);
        assertThat(idsListedForTheBody("status=IN_FORCE")).containsExactly(inForce);
        assertThat(idsListedForTheBody("status=REFUSED")).containsExactly(refused);
        assertThat(idsListedForTheBody("")).containsExactlyInAnyOrder(proposed, inForce, refused);
    }

    @Test
    void anAgreementPastTheLastDayOfItsTermHasExpired() {
        String expired = steps.inForce(officer, proposalOfTheBody("term", Map.of("years", 1)),
                TODAY.minusYears(1).minusDays(5));
        String current = steps.inForce(officer, proposalOfTheBody(), TODAY.minusYears(1).minusDays(5));
        String endless = steps.inForce(officer, proposalOfTheBody("term", null), TODAY.minusYears(20));

        JsonNode read = steps.read(expired);
        assertThat(read.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(LocalDate.parse(read.path("lastDay").asText())).isBefore(TODAY);
        assertThat(steps.statusOf(current)).isEqualTo("IN_FORCE");
        assertThat(steps.statusOf(endless)).isEqualTo("IN_FORCE");
        assertThat(idsListedForTheBody("status=EXPIRED")).containsExactly(expired);
        assertThat(idsListedForTheBody("status=IN_FORCE")).containsExactlyInAnyOrder(current, endless);
    }

    @Test
    void agreementsExpiringWithinSomeDaysSoonestFirst() {
        Map<String, Object> oneYear = proposalOfTheBody("term", Map.of("years", 1));
        String inTenDays = steps.inForce(officer, oneYear, TODAY.plusDays(11).minusYears(1));
        String inTwentyDays = steps.inForce(officer, oneYear, TODAY.plusDays(21).minusYears(1));
        String lastDayToday = steps.inForce(officer, oneYear, TODAY.plusDays(1).minusYears(1));
        steps.inForce(officer, oneYear, TODAY.minusYears(1)); // its last day was yesterday: expired
        steps.inForce(officer, proposalOfTheBody(), TODAY.minusDays(30)); // five years to go

        assertThat(steps.read(inTenDays).path("lastDay").asText()).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(steps.statusOf(lastDayToday)).isEqualTo("IN_FORCE");
        assertThat(idsListedForTheBody("expiringWithinDays=30"))
                .containsExactly(lastDayToday, inTenDays, inTwentyDays);
        assertThat(idsListedForTheBody("expiringWithinDays=10")).containsExactly(lastDayToday, inTenDays);
        assertThat(idsListedForTheBody("expiringWithinDays=0")).containsExactly(lastDayToday);
    }

    @Test
    void agreementsWithoutAnImplementationReportInTheLastYear() {
        LocalDate yearAgo = TODAY.minusYears(1);
        Map<String, Object> noTerm = proposalOfTheBody("term", null);
        String neverReported = steps.inForce(officer, noTerm, TODAY.minusYears(2));
        String reportedLongAgo = steps.inForce(officer, noTerm, TODAY.minusYears(2));
        expect(api.post(officer, PATH + "/" + reportedLongAgo + "/implementation-reports",
                implementationReport("Năm trước", TODAY.minusMonths(18))), 200);
        String reportedLately = steps.inForce(officer, noTerm, TODAY.minusYears(2));
        expect(api.post(officer, PATH + "/" + reportedLately + "/implementation-reports",
                implementationReport("6 tháng", TODAY.minusMonths(1))), 200);
        steps.inForce(officer, noTerm, TODAY.minusMonths(3)); // too new to owe a report

        assertThat(idsListedForTheBody("withoutImplementationReportSince=" + yearAgo))
                .containsExactlyInAnyOrder(neverReported, reportedLongAgo);
    }

    @Test
    void consultedBodiesLateWithTheirAnswer() {
        LocalDate asked = TODAY.minusDays(30);
        String late = steps.proposed(officer, proposalOfTheBody());
        expect(api.post(officer, PATH + "/" + late + "/consultation-requests", consultation(asked, "SNGV", "CA")),
                200);
        expect(api.post("reviewer", PATH + "/" + late + "/consultations", opinion("SNGV", "AGREE", asked.plusDays(2))),
                200);
        String refused = steps.underConsultation(officer, proposalOfTheBody(), asked);
        expect(api.post("leader", PATH + "/" + refused + "/refuse", Map.of("reason", "Không cần xin ý kiến nữa")),
                200);
        String recent = steps.underConsultation(officer, proposalOfTheBody(), TODAY);

        JsonNode overdue = expect(api.get("reviewer", PATH + "/overdue-consultations"), 200).body();
        assertThat(overdue.path("asOf").asText()).isEqualTo(TODAY.toString());
        List<JsonNode> ours = itemsOf(overdue, body);
        assertThat(ours).hasSize(1);
        JsonNode item = ours.get(0);
        assertThat(item.path("agreementId").asText()).isEqualTo(late);
        assertThat(item.path("agency").asText()).isEqualTo("CA");
        assertThat(item.path("title").asText()).isEqualTo(proposal().get("title"));
        assertThat(item.path("requestedOn").asText()).isEqualTo(asked.toString());
        LocalDate due = LocalDate.parse(item.path("answerDue").asText());
        assertThat(item.path("daysOverdue").asLong()).isEqualTo(ChronoUnit.DAYS.between(due, TODAY));
        assertThat(overdue.path("items").findValuesAsText("agreementId")).doesNotContain(refused, recent);

        assertThat(itemsOf(api.get("leader", PATH + "/overdue-consultations?agency=CA").body(), body)).hasSize(1);
        assertThat(itemsOf(api.get("leader", PATH + "/overdue-consultations?agency=SNGV").body(), body)).isEmpty();
        assertThat(itemsOf(api.get("inspector", PATH + "/overdue-consultations?asOf=" + due).body(), body))
                .isEmpty();
        assertThat(itemsOf(api.get("inspector", PATH + "/overdue-consultations?asOf=" + due.plusDays(1)).body(),
                body)).hasSize(1);
    }

    @Test
    void signedAgreementsNotReportedToThePrimeMinisterInTime() {
        LocalDate signedOn = TODAY.minusDays(40);
        String unreported = steps.signed(officer, proposalOfTheBody(), signedOn);
        String reported = steps.signed(officer, proposalOfTheBody(), signedOn);
        expect(api.post(officer, PATH + "/" + reported + "/report-to-government",
                signingReport("12/BC-SVH", signedOn.plusDays(14))), 200);
        String reportedLate = steps.signed(officer, proposalOfTheBody(), signedOn);
        expect(api.post(officer, PATH + "/" + reportedLate + "/report-to-government",
                signingReport("13/BC-SVH", signedOn.plusDays(20))), 200);
        steps.signed(officer, proposalOfTheBody(), TODAY.minusDays(3)); // not due yet

        JsonNode overdue = expect(api.get("leader", PATH + "/overdue-signing-reports?signingBody=" + body), 200)
                .body();
        assertThat(overdue.path("signingBody").asText()).isEqualTo(body);
        assertThat(overdue.path("items")).hasSize(1);
        JsonNode item = overdue.path("items").get(0);
        assertThat(item.path("agreementId").asText()).isEqualTo(unreported);
        assertThat(item.path("signedOn").asText()).isEqualTo(signedOn.toString());
        assertThat(item.path("reportDue").asText()).isEqualTo(signedOn.plusDays(15).toString());
        assertThat(item.path("daysOverdue").asLong()).isEqualTo(25);

        // as it stood the day after the deadline, the late report was still missing too
        JsonNode then = api.get("inspector", PATH + "/overdue-signing-reports?signingBody=" + body + "&asOf="
                + signedOn.plusDays(16)).body();
        assertThat(then.path("items").findValuesAsText("agreementId")).containsExactlyInAnyOrder(unreported,
                reportedLate);

        JsonNode ownList = expect(api.get(officer, PATH + "/overdue-signing-reports"), 200).body();
        assertThat(ownList.path("items").findValuesAsText("agreementId")).containsExactly(unreported);
    }

    private static List<JsonNode> itemsOf(JsonNode overdue, String signingBody) {
        List<JsonNode> items = new ArrayList<>();
        overdue.path("items").forEach(item -> {
            if (item.path("signingBody").asText().equals(signingBody)) {
                items.add(item);
            }
        });
        return items;
    }
}
