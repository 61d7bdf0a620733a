package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.PATH;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.approval;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.newInboundDelegation;
import static vn.foreignaffairs.registry.support.InboundDelegationRequests.visitHeld;

/** Brings an inbound delegation to a given step over the API, checking each step succeeded. */
public final class InboundSteps {

    private final Api api;

    public InboundSteps(Api api) {
        this.api = api;
    }

    public Api.Response draft(String officer) {
        return expect(api.post(officer, PATH, newInboundDelegation()), 201);
    }

    public Api.Response submitted(String officer) {
        String id = draft(officer).id();
        return expect(api.post(officer, PATH + "/" + id + "/submit", null), 200);
    }

    public Api.Response approved(String officer) {
        String id = submitted(officer).id();
        return expect(api.post("leader", PATH + "/" + id + "/approve", approval()), 200);
    }

    public Api.Response held(String officer) {
        String id = approved(officer).id();
        return expect(api.post(officer, PATH + "/" + id + "/visit-held", visitHeld()), 200);
    }

    public String statusOf(String id) {
        return api.get("leader", PATH + "/" + id).body().path("status").asText();
    }

    private static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
