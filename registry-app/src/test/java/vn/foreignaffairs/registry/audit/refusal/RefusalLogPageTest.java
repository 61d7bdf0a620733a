package vn.foreignaffairs.registry.audit.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Refused writes to the web pages are kept in the refusal log like the API's: a signed-in
 * browser posting a form its role may not use, or a form without its CSRF token, with who it was.
 */
class RefusalLogPageTest extends RegistryIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String REFUSALS = "/api/v1/audit/refusals";

    @Test
    void anInspectorPostingAnOfficersFormIsRefusedAndLoggedWithTheSessionsUser() throws Exception {
        Instant from = Instant.now();
        String id = createDraft("officer").id();
        Browser inspector = new Browser("inspector");

        HttpResponse<String> refused = inspector.post("/app/delegations/" + id + "/submit", "version=1");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("FORBIDDEN");
        JsonNode refusal = only("inspector", from, "/app/delegations/" + id + "/submit");
        assertThat(refusal.path("role").asText()).isEqualTo("INSPECTOR");
        assertThat(refusal.path("method").asText()).isEqualTo("POST");
        assertThat(refusal.path("status").asInt()).isEqualTo(403);
        assertThat(refusal.path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(statusOf(id)).as("nothing changed").isEqualTo("DRAFT");
    }

    @Test
    void aLeaderPostingTheNewDelegationFormIsLoggedWithRoleAndAgency() throws Exception {
        Instant from = Instant.now();
        Browser leader = new Browser("leader");

        HttpResponse<String> refused = leader.post("/app/delegations/new", "title=" + form("Đoàn không được lập"));

        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode refusal = only("leader", from, "/app/delegations/new");
        assertThat(refusal.path("role").asText()).isEqualTo("LEADERSHIP");
        assertThat(refusal.path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(refusal.toString()).as("never the form's content").doesNotContain("không được lập");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsLoggedWithTheSignedInUser() throws Exception {
        Instant from = Instant.now();
        String id = createDraft("officer").id();
        Browser officer = new Browser("officer");

        HttpResponse<String> refused = officer.postWithoutToken("/app/delegations/" + id + "/submit", "version=1");

        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode refusal = only("officer", from, "/app/delegations/" + id + "/submit");
        assertThat(refusal.path("code").asText()).isEqualTo("CSRF_TOKEN_MISSING");
        assertThat(refusal.path("role").asText()).isEqualTo("OFFICER");
        assertThat(refusal.path("agency").asText()).isEqualTo("SKHDT");
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    @Test
    void aPageRefusedOverBasicIsLoggedTooButAReadIsNot() {
        Instant from = Instant.now();
        String id = createDraft("officer").id();

        Api.Response refused = api.post("leader", "/app/delegations/" + id + "/submit", null, "Accept", "text/html");
        Api.Response read = api.get("inspector", "/app/delegations/new", "Accept", "text/html");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(403);
        JsonNode refusal = only("leader", from, "/app/delegations/" + id + "/submit");
        assertThat(refusal.path("role").asText()).isEqualTo("LEADERSHIP");
        assertThat(paths("inspector", from)).doesNotContain("/app/delegations/new");
    }

    private String statusOf(String id) {
        return api.get("leader", "/api/v1/delegations/" + id).body().path("status").asText();
    }

    /** The one refusal of {@code user} since {@code from} on {@code path}. */
    private JsonNode only(String user, Instant from, String path) {
        List<JsonNode> found = new ArrayList<>();
        refusals(user, from).forEach(item -> {
            if (item.path("path").asText().equals(path)) {
                found.add(item);
            }
        });
        assertThat(found).as("refusals of %s on %s", user, path).hasSize(1);
        return found.get(0);
    }

    private List<String> paths(String user, Instant from) {
        return refusals(user, from).findValuesAsText("path");
    }

    private JsonNode refusals(String user, Instant from) {
        Api.Response page = api.get("inspector", REFUSALS + "?user=" + user + "&from=" + from + "&size=100");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body().path("items");
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser signed in through the sign-in form, holding its session cookie. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        Browser(String user) throws IOException, InterruptedException {
            HttpResponse<String> signIn = send(get("/login"));
            HttpResponse<String> signedIn = send(form("/login", "username=" + user + "&password=demo&_csrf="
                    + token(signIn.body())));
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as("signed in").endsWith("/app");
        }

        /** Posts the form with the CSRF token of the page it came from (the home page's). */
        HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
            String token = token(send(get("/app")).body());
            return send(form(path, body + "&_csrf=" + token));
        }

        HttpResponse<String> postWithoutToken(String path, String body) throws IOException, InterruptedException {
            return send(form(path, body));
        }

        private HttpRequest get(String path) {
            return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
        }

        private HttpRequest form(String path, String body) {
            return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port() + path);
        }

        private static String token(String html) {
            Matcher matcher = CSRF.matcher(html);
            assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
            return matcher.group(1);
        }
    }
}
