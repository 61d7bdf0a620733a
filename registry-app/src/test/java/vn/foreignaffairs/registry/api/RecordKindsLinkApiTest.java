package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.AgreementRequests;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.InboundDelegationRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The links DOMAIN.md names: a trip that signs an agreement, a visit by a donor. */
class RecordKindsLinkApiTest extends RegistryIntegrationTest {

    private static Map<String, Object> end(String type, String id) {
        return Map.of("type", type, "id", id);
    }

    @Test
    void aTripSignsAnAgreementAndTheAgreementListsTheTrip() {
        String trip = createSubmitted("officer").id();
        String agreement = new AgreementSteps(api).proposed("officer", AgreementRequests.proposal());
        Api.Response linked = api.post("officer", "/api/v1/links", Map.of("from", end("OUTBOUND_DELEGATION", trip),
                "to", end("AGREEMENT", agreement), "relation", "SIGNS_AGREEMENT"));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(api.get("inspector", "/api/v1/links?type=AGREEMENT&id=" + agreement).raw().body()).contains(trip);
    }

    @Test
    void anInboundVisitByADonorIsListedOnTheDonor() {
        String donor = new AidSteps(api).donor();
        String visit = api.post("officer", InboundDelegationRequests.PATH,
                InboundDelegationRequests.newInboundDelegation()).id();
        Api.Response linked = api.post("officer", "/api/v1/links", Map.of("from", end("INBOUND_DELEGATION", visit),
                "to", end("DONOR", donor), "relation", "VISIT_BY_DONOR"));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(api.get("leader", "/api/v1/links?type=DONOR&id=" + donor).raw().body()).contains(visit);
    }
}
