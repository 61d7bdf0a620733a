package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.PATH;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.approval;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.newInboundDelegation;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.reason;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.report;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.visitHeld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.InboundSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Who may do what with inbound delegations; every refusal leaves the record as it was. */
class InboundDelegationAccessApiTest extends RegistryIntegrationTest {

    private InboundSteps steps;

    @BeforeEach
    void steps() {
        steps = new InboundSteps(api);
    }

    private static void assertForbidden(Api.Response response, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(code);
    }

    @Test
    void onlyOfficersCreateInboundDelegations() {
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH, newInboundDelegation("hostAgency", "SKHDT")), "FORBIDDEN");
        }
    }

    @Test
    void anOfficerCannotCreateForAnotherHostAgency() {
        assertForbidden(api.post("officer", PATH, newInboundDelegation("hostAgency", "SCT")), "NOT_OWN_AGENCY");
    }

    @Test
    void anOfficerCannotTouchAnotherAgencysInboundDelegation() {
        String draft = steps.draft("officer").id();
        assertForbidden(api.post("officer2", PATH + "/" + draft + "/submit", null), "NOT_OWN_AGENCY");
        assertForbidden(api.put("officer2", PATH + "/" + draft, newInboundDelegation()), "NOT_OWN_AGENCY");
        assertForbidden(api.post("officer2", PATH + "/" + draft + "/cancel", reason("x")), "NOT_OWN_AGENCY");
        assertThat(steps.statusOf(draft)).isEqualTo("DRAFT");

        String approved = steps.approved("officer").id();
        assertForbidden(api.post("officer2", PATH + "/" + approved + "/visit-held", visitHeld()), "NOT_OWN_AGENCY");
        assertThat(steps.statusOf(approved)).isEqualTo("APPROVED");

        String held = steps.held("officer").id();
        assertForbidden(api.post("officer2", PATH + "/" + held + "/report", report("x")), "NOT_OWN_AGENCY");
        assertThat(steps.statusOf(held)).isEqualTo("VISIT_HELD");
    }

    @Test
    void officersCannotDecide() {
        String id = steps.submitted("officer").id();
        assertForbidden(api.post("officer", PATH + "/" + id + "/approve", approval()), "FORBIDDEN");
        assertForbidden(api.post("officer", PATH + "/" + id + "/reject", reason("x")), "FORBIDDEN");
        assertThat(steps.statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void reviewersAndLeadershipDecideAndMayCancel() {
        String byReviewer = steps.submitted("officer").id();
        assertThat(api.post("reviewer", PATH + "/" + byReviewer + "/approve", approval()).status()).isEqualTo(200);
        String byLeader = steps.submitted("officer2").id();
        assertThat(api.post("leader", PATH + "/" + byLeader + "/reject", reason("x")).status()).isEqualTo(200);
        String cancelled = steps.approved("officer2").id();
        assertThat(api.post("reviewer", PATH + "/" + cancelled + "/cancel", reason("Đối tác hoãn")).status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheHostsOfficersRecordTheVisitAndReportIt() {
        String approved = steps.approved("officer").id();
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH + "/" + approved + "/visit-held", visitHeld()), "FORBIDDEN");
        }
        String held = steps.held("officer").id();
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, PATH + "/" + held + "/report", report("x")), "FORBIDDEN");
        }
        assertThat(steps.statusOf(approved)).isEqualTo("APPROVED");
        assertThat(steps.statusOf(held)).isEqualTo("VISIT_HELD");
    }

    @Test
    void inspectorsAndAdministratorsReadEverythingAndChangeNothing() {
        String draft = steps.draft("officer").id();
        String submitted = steps.submitted("officer").id();
        for (String user : new String[] {"inspector", "admin"}) {
            assertThat(api.get(user, PATH + "/" + draft).status()).isEqualTo(200);
            assertThat(api.get(user, PATH).status()).isEqualTo(200);
            assertForbidden(api.put(user, PATH + "/" + draft, newInboundDelegation()), "FORBIDDEN");
            assertForbidden(api.post(user, PATH + "/" + draft + "/submit", null), "FORBIDDEN");
            assertForbidden(api.post(user, PATH + "/" + draft + "/cancel", reason("x")), "FORBIDDEN");
            assertForbidden(api.post(user, PATH + "/" + submitted + "/approve", approval()), "FORBIDDEN");
            assertForbidden(api.post(user, PATH + "/" + submitted + "/reject", reason("x")), "FORBIDDEN");
        }
        assertThat(steps.statusOf(draft)).isEqualTo("DRAFT");
        assertThat(steps.statusOf(submitted)).isEqualTo("SUBMITTED");
    }
}
