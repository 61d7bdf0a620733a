package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.PATH;
import static vn.foreignaffairs.registry.support.AgreementRequests.consultation;
import static vn.foreignaffairs.registry.support.AgreementRequests.decision;
import static vn.foreignaffairs.registry.support.AgreementRequests.implementationReport;
import static vn.foreignaffairs.registry.support.AgreementRequests.opinion;
import static vn.foreignaffairs.registry.support.AgreementRequests.proposal;
import static vn.foreignaffairs.registry.support.AgreementRequests.signing;
import static vn.foreignaffairs.registry.support.AgreementRequests.signingReport;
import static vn.foreignaffairs.registry.support.AgreementSteps.expect;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Who may do what with an agreement: officers of the signing body propose, sign and report;
 * the Department of Foreign Affairs records opinions; leadership decides; administrators
 * transfer; inspectors read everything and change nothing.
 */
class AgreementAccessApiTest extends RegistryIntegrationTest {

    private static final LocalDate TODAY = ProvinceTime.today();

    private AgreementSteps steps;

    @BeforeEach
    void steps() {
        steps = new AgreementSteps(api);
    }

    private static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
    }

    @Test
    void signingInIsRequired() {
        assertRefused(api.get(null, PATH), 401, "UNAUTHENTICATED");
    }

    @Test
    void onlyOfficersPropose() {
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertRefused(api.post(user, PATH, proposal("signingBody", "SKHDT")), 403, "FORBIDDEN");
        }
    }

    @Test
    void anOfficerProposesOnlyInTheirOwnAgencysName() {
        assertRefused(api.post("officer", PATH, proposal("signingBody", "SCT")), 403, "NOT_OWN_AGENCY");
    }

    @Test
    void onlyTheSigningBodysOfficersActForIt() {
        String proposed = steps.proposed("officer", proposal());
        assertRefused(api.post("officer2", PATH + "/" + proposed + "/consultation-requests",
                consultation(TODAY, "SNGV")), 403, "NOT_OWN_AGENCY");

        String approved = steps.approved("officer", proposal(), TODAY.minusDays(2));
        assertRefused(api.post("officer2", PATH + "/" + approved + "/sign", signing(TODAY)), 403, "NOT_OWN_AGENCY");

        String inForce = steps.inForce("officer", proposal(), TODAY);
        assertRefused(api.post("officer2", PATH + "/" + inForce + "/report-to-government",
                signingReport("1/BC", TODAY)), 403, "NOT_OWN_AGENCY");
        assertRefused(api.post("officer2", PATH + "/" + inForce + "/implementation-reports",
                implementationReport("Quý I", TODAY)), 403, "NOT_OWN_AGENCY");
        // any signed-in user reads it
        assertThat(api.get("officer2", PATH + "/" + inForce).status()).isEqualTo(200);
    }

    @Test
    void theReviewerRecordsOpinionsAndMaySendForConsultation() {
        String id = steps.proposed("officer", proposal());
        expect(api.post("reviewer", PATH + "/" + id + "/consultation-requests", consultation(TODAY, "SNGV")), 200);
        for (String user : new String[] {"officer", "leader", "inspector", "admin"}) {
            assertRefused(api.post(user, PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", TODAY)), 403,
                    "FORBIDDEN");
        }
        expect(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", TODAY)), 200);
    }

    @Test
    void onlyLeadershipDecides() {
        String id = steps.underConsultation("officer", proposal(), TODAY.minusDays(1));
        expect(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", TODAY)), 200);
        for (String user : new String[] {"officer", "reviewer", "inspector", "admin"}) {
            assertRefused(api.post(user, PATH + "/" + id + "/approve", decision("1/QĐ-UBND", TODAY)), 403,
                    "FORBIDDEN");
            assertRefused(api.post(user, PATH + "/" + id + "/refuse", Map.of("reason", "Không")), 403, "FORBIDDEN");
        }
        String inForce = steps.inForce("officer", proposal(), TODAY);
        for (String action : new String[] {"suspend", "terminate", "withdraw", "resume"}) {
            assertRefused(api.post("reviewer", PATH + "/" + inForce + "/" + action,
                    decision("2/QĐ-UBND", TODAY, "reason", "Thử")), 403, "FORBIDDEN");
        }
        assertRefused(api.post("leader", PATH + "/" + inForce + "/implementation-reports",
                implementationReport("Quý I", TODAY)), 403, "FORBIDDEN");
    }

    @Test
    void onlyAdministratorsTransfer() {
        String id = steps.signed("officer", proposal(), TODAY);
        for (String user : new String[] {"officer", "reviewer", "leader", "inspector"}) {
            assertRefused(api.post(user, PATH + "/" + id + "/transfer", Map.of("toAgency", "SNGV",
                    "decisionNumber", "1/QĐ-UBND", "decisionDate", TODAY.toString())), 403, "FORBIDDEN");
        }
    }

    @Test
    void officersSeeTheOverdueListsOfTheirOwnAgencyOnly() {
        assertRefused(api.get("officer", PATH + "/overdue-consultations?agency=CA"), 403, "NOT_OWN_AGENCY");
        assertRefused(api.get("officer", PATH + "/overdue-signing-reports?signingBody=SCT"), 403, "NOT_OWN_AGENCY");
        Api.Response own = expect(api.get("officer", PATH + "/overdue-signing-reports"), 200);
        assertThat(own.body().path("signingBody").asText()).isEqualTo("SKHDT");
        own.body().path("items").forEach(item -> assertThat(item.path("signingBody").asText()).isEqualTo("SKHDT"));
        assertRefused(api.get("admin", PATH + "/overdue-consultations"), 403, "FORBIDDEN");
        expect(api.get("inspector", PATH + "/overdue-consultations"), 200);
    }
}
