package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Who may do what with delegations; every refusal leaves the record as it was. */
class DelegationAccessApiTest extends RegistryIntegrationTest {

    private void assertForbidden(Api.Response response, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.code()).isEqualTo(code);
    }

    private String statusOf(String id) {
        return api.get("leader", "/api/v1/delegations/" + id).body().path("status").asText();
    }

    @Test
    void onlyOfficersCreateDelegations() {
        for (String user : new String[] {"reviewer", "leader", "inspector", "admin"}) {
            assertForbidden(api.post(user, "/api/v1/delegations", newDelegation("agency", "SKHDT")), "FORBIDDEN");
        }
    }

    @Test
    void anOfficerCannotCreateForAnotherAgency() {
        assertForbidden(api.post("officer", "/api/v1/delegations", newDelegation("agency", "SCT")), "NOT_OWN_AGENCY");
    }

    @Test
    void anOfficerCannotTouchAnotherAgencysDelegation() {
        String draft = createDraft("officer").id();
        assertForbidden(api.post("officer2", "/api/v1/delegations/" + draft + "/submit", null), "NOT_OWN_AGENCY");
        // Another agency's draft is not even visible to this officer, so revising it finds nothing.
        assertThat(api.put("officer2", "/api/v1/delegations/" + draft, newDelegation()).status()).isEqualTo(404);
        assertForbidden(api.post("officer2", "/api/v1/delegations/" + draft + "/cancel", reason("x")), "NOT_OWN_AGENCY");
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
    }

    @Test
    void officersCannotDecide() {
        String id = createSubmitted("officer").id();
        assertForbidden(api.post("officer", "/api/v1/delegations/" + id + "/approve", decision()), "FORBIDDEN");
        assertForbidden(api.post("officer", "/api/v1/delegations/" + id + "/reject", reason("x")), "FORBIDDEN");
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void reviewersAndLeadershipDecide() {
        String byReviewer = createSubmitted("officer").id();
        assertThat(api.post("reviewer", "/api/v1/delegations/" + byReviewer + "/approve", decision()).status())
                .isEqualTo(200);
        String byLeader = createSubmitted("officer2").id();
        assertThat(api.post("leader", "/api/v1/delegations/" + byLeader + "/reject", reason("x")).status())
                .isEqualTo(200);
    }

    @Test
    void inspectorsReadEverythingAndChangeNothing() {
        String draft = createDraft("officer").id();
        assertThat(api.get("inspector", "/api/v1/delegations/" + draft).status()).isEqualTo(200);
        assertThat(api.get("inspector", "/api/v1/delegations").status()).isEqualTo(200);
        assertForbidden(api.put("inspector", "/api/v1/delegations/" + draft, newDelegation()), "FORBIDDEN");
        assertForbidden(api.post("inspector", "/api/v1/delegations/" + draft + "/submit", null), "FORBIDDEN");
        assertForbidden(api.post("inspector", "/api/v1/delegations/" + draft + "/cancel", reason("x")), "FORBIDDEN");
        String submitted = createSubmitted("officer").id();
        assertForbidden(api.post("inspector", "/api/v1/delegations/" + submitted + "/approve", decision()), "FORBIDDEN");
        assertForbidden(api.post("inspector", "/api/v1/delegations/" + submitted + "/reject", reason("x")), "FORBIDDEN");
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
        assertThat(statusOf(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void administratorsDoNotDecideDelegations() {
        String submitted = createSubmitted("officer").id();
        assertForbidden(api.post("admin", "/api/v1/delegations/" + submitted + "/approve", decision()), "FORBIDDEN");
        assertForbidden(api.post("admin", "/api/v1/delegations/" + submitted + "/cancel", reason("x")), "FORBIDDEN");
    }
}
