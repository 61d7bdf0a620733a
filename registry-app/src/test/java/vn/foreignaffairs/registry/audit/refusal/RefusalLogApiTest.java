package vn.foreignaffairs.registry.audit.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Every refused attempt to change something is kept with who tried, and listed for inspectors. */
class RefusalLogApiTest extends RegistryIntegrationTest {

    private static final String REFUSALS = "/api/v1/audit/refusals";

    @Test
    void anInspectorTryingToChangeSomethingIsRefusedAndLogged() {
        Instant from = Instant.now();
        String id = createDraft("officer").id();
        Api.Response refused = api.post("inspector", "/api/v1/delegations/" + id + "/submit", null,
                "X-Request-Id", "inspector-try-1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");

        JsonNode refusal = only(api.get("inspector", REFUSALS + "?user=inspector&from=" + from), id);
        assertThat(refusal.path("role").asText()).isEqualTo("INSPECTOR");
        assertThat(refusal.path("method").asText()).isEqualTo("POST");
        assertThat(refusal.path("path").asText()).isEqualTo("/api/v1/delegations/" + id + "/submit");
        assertThat(refusal.path("status").asInt()).isEqualTo(403);
        assertThat(refusal.path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(refusal.path("requestId").asText()).isEqualTo("inspector-try-1");
        assertThat(Instant.parse(refusal.path("at").asText())).isAfterOrEqualTo(from);
    }

    @Test
    void anOfficerOfAnotherAgencyIsRefusedByTheRecordItselfAndLogged() {
        Instant from = Instant.now();
        String id = createDraft("officer").id();
        Api.Response refused = api.post("officer2", "/api/v1/delegations/" + id + "/submit", null);
        assertThat(refused.code()).isEqualTo("NOT_OWN_AGENCY");

        JsonNode refusal = only(api.get("admin", REFUSALS + "?user=officer2&from=" + from), id);
        assertThat(refusal.path("role").asText()).isEqualTo("OFFICER");
        assertThat(refusal.path("agency").asText()).isEqualTo("SCT");
        assertThat(refusal.path("code").asText()).isEqualTo("NOT_OWN_AGENCY");
        assertThat(refusal.path("status").asInt()).isEqualTo(403);
    }

    @Test
    void aWriteWithWrongOrNoCredentialsIsLoggedWithTheNameTriedAndNeverThePassword() {
        Instant from = Instant.now();
        String id = createDraft("officer").id();
        assertThat(api.post("officer:not-the-password", "/api/v1/delegations/" + id + "/submit", null).status())
                .isEqualTo(401);
        assertThat(api.post(null, "/api/v1/delegations/" + id + "/cancel", "{}").status()).isEqualTo(401);

        JsonNode wrongPassword = only(api.get("inspector", REFUSALS + "?user=officer&from=" + from), id);
        assertThat(wrongPassword.path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(wrongPassword.path("status").asInt()).isEqualTo(401);
        assertThat(wrongPassword.toString()).doesNotContain("not-the-password");

        JsonNode page = expect200(api.get("inspector", REFUSALS + "?from=" + from + "&size=100"));
        assertThat(page.path("items").findValuesAsText("path")).contains("/api/v1/delegations/" + id + "/cancel");
    }

    @Test
    void readsAreNotRefusedWrites() {
        Instant from = Instant.now();
        assertThat(api.get("officer", REFUSALS).status()).isEqualTo(403);
        JsonNode page = expect200(api.get("inspector", REFUSALS + "?user=officer&from=" + from));
        assertThat(page.path("items").findValuesAsText("path")).doesNotContain(REFUSALS);
    }

    @Test
    void onlyInspectorsAndAdministratorsReadTheLog() {
        assertThat(api.get(null, REFUSALS).status()).isEqualTo(401);
        for (String user : new String[] {"officer", "reviewer", "leader"}) {
            assertThat(api.get(user, REFUSALS).status()).as(user).isEqualTo(403);
        }
        assertThat(api.get("admin", REFUSALS).status()).isEqualTo(200);
    }

    @Test
    void theLogIsPagedAndFilteredByTime() {
        Instant from = Instant.now();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("inspector", "/api/v1/delegations", newDelegation()).status()).isEqualTo(403);
        }
        JsonNode first = expect200(api.get("inspector", REFUSALS + "?user=inspector&from=" + from + "&size=2"));
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        JsonNode second = expect200(api.get("inspector", REFUSALS + "?user=inspector&from=" + from
                + "&size=2&page=1"));
        assertThat(second.path("items")).hasSize(1);
        JsonNode none = expect200(api.get("inspector", REFUSALS + "?user=inspector&from=" + from + "&to=" + from));
        assertThat(none.path("total").asLong()).isZero();
        assertThat(api.get("inspector", REFUSALS + "?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("inspector", REFUSALS + "?size=1000").status()).isEqualTo(400);
    }

    private static JsonNode expect200(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    /** The one refusal in the page whose path names the record. */
    private static JsonNode only(Api.Response page, String recordId) {
        JsonNode items = expect200(page).path("items");
        JsonNode found = null;
        int count = 0;
        for (JsonNode item : items) {
            if (item.path("path").asText().contains(recordId)) {
                found = item;
                count++;
            }
        }
        assertThat(count).as(items.toString()).isEqualTo(1);
        return found;
    }
}
