package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.TripRequests.approval;
import static vn.foreignaffairs.registry.support.TripRequests.departure;
import static vn.foreignaffairs.registry.support.TripRequests.pastDelegation;
import static vn.foreignaffairs.registry.support.TripRequests.returning;

import com.fasterxml.jackson.databind.JsonNode;

/** Integration tests of the trip after approval, with steps that bring a delegation to where a test starts. */
public abstract class TripIntegrationTest extends RegistryIntegrationTest {

    protected static String path(String id, String step) {
        return "/api/v1/delegations/" + id + step;
    }

    protected Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    /** A delegation of {@code officer}'s agency approved on 20 February 2025 (decision 45/QĐ-UBND). */
    protected String approvedTrip(String officer) {
        Api.Response created = api.post(officer, "/api/v1/delegations", pastDelegation());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        ok(api.post(officer, path(id, "/submit"), null));
        ok(api.post("leader", path(id, "/approve"), approval()));
        return id;
    }

    protected String departedTrip(String officer) {
        String id = approvedTrip(officer);
        ok(api.post(officer, path(id, "/depart"), departure("2025-03-10")));
        return id;
    }

    protected String returnedTrip(String officer) {
        String id = departedTrip(officer);
        ok(api.post(officer, path(id, "/return"), returning("2025-03-14")));
        return id;
    }

    protected JsonNode trip(String id) {
        return ok(api.get("inspector", path(id, "/trip"))).body();
    }

    protected String statusOf(String id) {
        return api.get("leader", "/api/v1/delegations/" + id).body().path("status").asText();
    }
}
