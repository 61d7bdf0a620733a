package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

class OperationsEndpointsTest extends RegistryIntegrationTest {

    @Test
    void healthAndInfoAreOpen() {
        Api.Response health = api.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(api.get(null, "/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void metricsAreForAdministratorsAndInspectors() {
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        for (String user : new String[] {"officer", "reviewer", "leader"}) {
            Api.Response refused = api.get(user, "/actuator/prometheus");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
        }
        for (String user : new String[] {"admin", "inspector"}) {
            Api.Response metrics = api.get(user, "/actuator/prometheus");
            assertThat(metrics.status()).as(user).isEqualTo(200);
            assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
        }
    }

    @Test
    void healthDetailsAreForAdministratorsAndInspectorsToo() {
        for (String user : new String[] {null, "officer", "leader"}) {
            Api.Response health = api.get(user, "/actuator/health");
            assertThat(health.status()).as(user).isEqualTo(200);
            assertThat(health.body().has("components")).as("details shown to %s", user).isFalse();
        }
        for (String user : new String[] {"admin", "inspector"}) {
            assertThat(api.get(user, "/actuator/health").body().has("components")).as(user).isTrue();
        }
        assertThat(api.get(null, "/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        assertThat(api.get(null, "/v3/api-docs").status()).isEqualTo(401);
        Api.Response document = api.get("officer", "/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("info").path("title").asText()).isEqualTo("Foreign-affairs registry API");
        assertThat(document.body().path("paths").has("/api/v1/delegations")).isTrue();
        assertThat(document.body().path("paths").has("/api/v1/delegations/{id}/approve")).isTrue();
        assertThat(api.get("officer", "/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(api.get("admin", "/actuator/env").status()).isEqualTo(404);
        assertThat(api.get("admin", "/actuator/beans").status()).isEqualTo(404);
    }
}
