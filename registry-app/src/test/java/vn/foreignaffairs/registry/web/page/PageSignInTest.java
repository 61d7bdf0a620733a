package vn.foreignaffairs.registry.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The sign-in form over plain HTTP: its CSRF token, the session it opens, the language it speaks. */
class PageSignInTest extends RegistryIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aSignInWithoutTheFormsTokenIsRefusedAndOpensNoSession() throws Exception {
        HttpResponse<String> forged = post("/login", "username=officer&password=demo");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(get("/app").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void theFormSignsInToASessionThatSpeaksVietnameseUntilEnglishIsChosen() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"").contains("Đăng nhập");

        HttpResponse<String> signedIn = post("/login", "username=officer&password=demo&_csrf=" + token(page.body()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/app");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));

        HttpResponse<String> home = get("/app");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào").contains("Đăng xuất");
        assertThat(get("/app?lang=en").body()).contains("<html lang=\"en\"").contains("Sign out");
        assertThat(get("/app").body()).as("the choice is kept").contains("Sign out");
        assertThat(get("/app?lang=xx").body()).as("an unknown language changes nothing").contains("Sign out");
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAPlainMessage() throws Exception {
        HttpResponse<String> page = get("/login");
        HttpResponse<String> failed = post("/login", "username=officer&password=nope&_csrf=" + token(page.body()));

        assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    private static String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }
}
