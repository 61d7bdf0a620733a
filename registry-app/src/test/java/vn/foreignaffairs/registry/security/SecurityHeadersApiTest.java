package vn.foreignaffairs.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.Cookie.SameSite;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.PageSession;
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
    void pagesCarryThemToo() {
        PageSession browser = new PageSession(port());
        List<HttpResponse<String>> answers = new ArrayList<>(List.of(browser.get("/login"), browser.get("/login?locked"),
                browser.get("/app")));
        PageSession officer = PageSession.signedIn(port(), "officer");
        answers.addAll(List.of(officer.get("/app"), officer.get("/app/delegations"),
                officer.get("/app/delegations/no-such-record-0"), officer.get("/app/queue")));
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().uri() + " " + answer.statusCode();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElse("")).as(what)
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("form-action 'self'");
            assertThat(answer.headers().firstValue("Cache-Control").orElse("")).as(what).contains("no-store");
        }
    }

    @Test
    void theSessionCookieIsSecureWhenTheSignInCameOverHttps() {
        PageSession browser = new PageSession(port());
        String token = PageSession.tokenIn(browser.get("/login", "X-Forwarded-Proto", "https").body());

        HttpResponse<String> signedIn = browser.post("/login", "username=officer&password=demo&_csrf=" + token,
                "X-Forwarded-Proto", "https");

        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=31536000");
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

    /** The settings; PageSessionSecurityTest shows a session expiring and ending at sign-out. */
    @Test
    void browserSessionsExpireAndTheirCookieIsNotForScripts() {
        ServerProperties.Servlet servlet = server.getServlet();
        assertThat(servlet.getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(servlet.getSession().getCookie().getHttpOnly()).isTrue();
        assertThat(servlet.getSession().getCookie().getSameSite()).isEqualTo(SameSite.LAX);
        assertThat(api.get("officer", "/api/v1/agencies").header("Set-Cookie")).as("the API is stateless").isNull();
    }
}
