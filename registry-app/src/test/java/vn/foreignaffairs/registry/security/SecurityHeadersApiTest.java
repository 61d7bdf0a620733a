package vn.foreignaffairs.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.Cookie.SameSite;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Headers every answer carries, CSRF protection of browser forms, session settings. */
class SecurityHeadersApiTest extends RegistryIntegrationTest {

    @Autowired
    ServerProperties server;

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Api.Response response : new Api.Response[] {api.get("officer", "/api/v1/agencies"),
                api.get(null, "/api/v1/agencies"), api.get("officer", "/api/v1/delegations/nope")}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(response.header("Cache-Control")).contains("no-store");
            assertThat(response.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
        }
    }

    @Test
    void strictTransportSecurityIsSentWhenTheRequestCameOverHttps() {
        Api.Response response = api.get("officer", "/api/v1/agencies", "X-Forwarded-Proto", "https");

        assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000")
                .contains("includeSubDomains");
    }

    @Test
    void aFormPostWithoutACsrfTokenIsRefused() {
        String id = createSubmitted("officer").id();

        Api.Response form = api.send("reviewer", "POST", "/api/v1/delegations/" + id + "/reject",
                "reason=Tr%C3%B9ng+l%E1%BB%8Bch", "Content-Type", "application/x-www-form-urlencoded");
        Api.Response crossSite = api.send("reviewer", "POST", "/api/v1/delegations/" + id + "/reject", null,
                "Sec-Fetch-Site", "cross-site");
        Api.Response textPlain = api.send("reviewer", "POST", "/api/v1/delegations/" + id + "/reject",
                "{\"reason\": \"Trùng lịch\"}", "Content-Type", "text/plain");

        for (Api.Response refused : new Api.Response[] {form, crossSite, textPlain}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("CSRF_TOKEN_MISSING");
        }
        assertThat(api.get("reviewer", "/api/v1/delegations/" + id).body().path("status").asText()).isEqualTo("SUBMITTED");
        Api.Response apiCall = api.post("reviewer", "/api/v1/delegations/" + id + "/reject", reason("Trùng lịch"));
        assertThat(apiCall.status()).as("an API call with its own credentials needs no token").isEqualTo(200);
    }

    @Test
    void browserSessionsExpireAndTheirCookieIsNotForScripts() {
        ServerProperties.Servlet servlet = server.getServlet();
        assertThat(servlet.getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(servlet.getSession().getCookie().getHttpOnly()).isTrue();
        assertThat(servlet.getSession().getCookie().getSameSite()).isEqualTo(SameSite.LAX);
        assertThat(api.get("officer", "/api/v1/agencies").header("Set-Cookie")).as("the API is stateless").isNull();
    }
}
