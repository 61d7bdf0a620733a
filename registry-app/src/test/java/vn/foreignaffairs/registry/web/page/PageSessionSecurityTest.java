package vn.foreignaffairs.registry.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import vn.foreignaffairs.registry.support.PageSession;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * A signed-in browser under attack, over plain HTTP: a form posted with the session cookie but
 * without the page's token, or with another session's (CSRF); a session left idle past its
 * timeout; a session cookie kept after signing out.
 */
class PageSessionSecurityTest extends RegistryIntegrationTest {

    private static final int THIRTY_MINUTES = 30 * 60;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    MongoDatabase database;

    private long storedEvents() {
        return database.getCollection("domainevents").countDocuments();
    }

    private String statusOf(String delegation) {
        return api.get("officer", "/api/v1/delegations/" + delegation).body().path("status").asText();
    }

    @Test
    void aFormPostedWithTheSessionCookieButWithoutItsOwnTokenIsRefusedAndWritesNothing() {
        String draft = createDraft("officer").id();
        PageSession victim = PageSession.signedIn(port(), "officer");
        String anotherSessionsToken = PageSession.signedIn(port(), "officer").token();
        String submit = "/app/delegations/" + draft + "/submit";
        long before = storedEvents();

        HttpResponse<String> withoutToken = victim.post(submit, "version=1");
        HttpResponse<String> withAnotherSessionsToken = victim.post(submit, "version=1&_csrf=" + anotherSessionsToken);
        HttpResponse<String> withAMadeUpToken = victim.post(submit, "version=1&_csrf=" + "A".repeat(96));
        HttpResponse<String> crossSiteWithoutToken = victim.post(submit, "version=1", "Sec-Fetch-Site", "cross-site");

        for (HttpResponse<String> forged : java.util.List.of(withoutToken, withAnotherSessionsToken, withAMadeUpToken,
                crossSiteWithoutToken)) {
            assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
            assertThat(forged.body()).contains("\"code\":\"CSRF_TOKEN_MISSING\"");
        }
        assertThat(storedEvents()).as("nothing written by forged forms").isEqualTo(before);
        assertThat(statusOf(draft)).isEqualTo("DRAFT");

        HttpResponse<String> genuine = victim.post(submit, "version=1&_csrf=" + victim.token());
        assertThat(genuine.statusCode()).as("the same form with its own token: " + genuine.body()).isEqualTo(302);
        assertThat(statusOf(draft)).isEqualTo("SUBMITTED");
    }

    @Test
    void aSessionLeftIdleForItsTimeoutAsksToSignInAgainAndItsFormsAreRefused() {
        String draft = createDraft("officer").id();
        PageSession browser = PageSession.signedIn(port(), "officer");
        String token = browser.token();
        Session session = liveSession(browser.sessionCookie());
        assertThat(session.getMaxInactiveInterval()).as("the configured timeout").isEqualTo(THIRTY_MINUTES);

        // Tomcat's own expiry, with one second of idleness for thirty minutes: the check is the same
        session.setMaxInactiveInterval(1);
        awaitExpiry(session);

        HttpResponse<String> home = browser.get("/app");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> form = browser.post("/app/delegations/" + draft + "/submit", "version=1&_csrf=" + token);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(403);
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
        assertThat(browser.get("/login").body()).contains("id=\"username\"");
    }

    @Test
    void signingOutEndsTheSessionSoThatItsCookieNoLongerWorksAnywhere() {
        String draft = createDraft("officer").id();
        PageSession browser = PageSession.signedIn(port(), "officer");
        String cookie = browser.sessionCookie();
        String token = browser.token();
        assertThat(PageSession.replaying(port(), cookie).get("/app").statusCode()).as("the cookie works before")
                .isEqualTo(200);

        HttpResponse<String> signedOut = browser.post("/logout", "_csrf=" + token);

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        assertThat(browser.get("/login?signedOut").body()).contains("id=\"signed-out\"");
        assertThat(liveSession(cookie)).as("the session is gone from the server").isNull();
        PageSession thief = PageSession.replaying(port(), cookie);
        HttpResponse<String> home = thief.get("/app");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> form = thief.post("/app/delegations/" + draft + "/submit", "version=1&_csrf=" + token);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
    }

    /** The server's session behind a cookie, or null when there is none (any more). */
    private Session liveSession(String cookie) {
        assertThat(cookie).as("a session cookie").isNotNull();
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        try {
            return web.getManager().findSession(cookie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitExpiry(Session session) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (session.isValid()) {
            assertThat(Instant.now()).as("the idle session expired in time").isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
