package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: keeps its cookies (the session), asks for HTML, signs in through
 * the form and sends forms with the CSRF token of its pages, as the web pages expect.
 */
public final class PageSession {

    public static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    public PageSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A session signed in through the form as a demo user (password "demo"). */
    public static PageSession signedIn(int port, String user) {
        PageSession session = new PageSession(port);
        HttpResponse<String> signedIn = session.signIn(user, "demo");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("%s signed in", user).endsWith("/app");
        return session;
    }

    /** Another browser that replays a session cookie it got from elsewhere (stolen, or kept after sign-out). */
    public static PageSession replaying(int port, String sessionCookie) {
        PageSession session = new PageSession(port);
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, sessionCookie);
        cookie.setPath("/");
        cookie.setVersion(0);
        session.cookies.getCookieStore().add(session.uri("/"), cookie);
        return session;
    }

    /** The sign-in form filled in and sent with the form's own token. */
    public HttpResponse<String> signIn(String user, String password) {
        String token = tokenIn(get("/login").body());
        return post("/login", "username=" + encoded(user) + "&password=" + encoded(password) + "&_csrf=" + token);
    }

    /** The CSRF token of this session, read from its home page (the sign-out form carries it). */
    public String token() {
        return tokenIn(get("/app").body());
    }

    public static String tokenIn(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** The session cookie's value, to replay it from elsewhere (null before a session exists). */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** A form-encoded POST of {@code form} as it is (already encoded), as a browser sends it. */
    public HttpResponse<String> post(String path, String form, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)), headers);
    }

    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        boolean accept = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!accept) {
            request.header("Accept", "text/html");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
