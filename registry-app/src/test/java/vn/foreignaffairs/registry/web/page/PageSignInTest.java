package vn.foreignaffairs.registry.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.security.RegistryUser;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.PageSession;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The sign-in form over plain HTTP: its CSRF token, the session it opens, the language it speaks. */
class PageSignInTest extends RegistryIntegrationTest {

    @Autowired
    UserDirectory users;

    @Autowired
    PasswordEncoder passwords;

    private PageSession browser;

    @BeforeEach
    void browser() {
        browser = new PageSession(port());
    }

    @Test
    void aSignInWithoutTheFormsTokenIsRefusedAndOpensNoSession() {
        HttpResponse<String> forged = browser.post("/login", "username=officer&password=demo");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/app").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void theFormSignsInToASessionThatSpeaksVietnameseUntilEnglishIsChosen() {
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"").contains("Đăng nhập");

        HttpResponse<String> signedIn = browser.post("/login",
                "username=officer&password=demo&_csrf=" + PageSession.tokenIn(page.body()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/app");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));

        HttpResponse<String> home = browser.get("/app");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào").contains("Đăng xuất");
        assertThat(browser.get("/app?lang=en").body()).contains("<html lang=\"en\"").contains("Sign out");
        assertThat(browser.get("/app").body()).as("the choice is kept").contains("Sign out");
        assertThat(browser.get("/app?lang=xx").body()).as("an unknown language changes nothing").contains("Sign out");
    }

    @Test
    void afterFiveFailedSignInsTheFormSaysTheUsernameIsLockedEvenWithTheRightPassword() {
        String username = "page-lock-" + UUID.randomUUID().toString().substring(0, 8);
        users.addIfAbsent(new RegistryUser(username, passwords.encode("the-right-password"), "Thử khóa", Role.INSPECTOR,
                null));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.signIn(username, "wrong-" + i);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).as("failure %d", i).endsWith("/login?error");
        }

        HttpResponse<String> locked = browser.signIn(username, "the-right-password");

        assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("id=\"sign-in-locked\"")
                .contains("Đăng nhập sai quá nhiều lần: tài khoản tạm khóa 15 phút.");
        assertThat(browser.get("/app").statusCode()).as("no session was opened").isEqualTo(302);
        assertThat(PageSession.signedIn(port(), "officer").get("/app").statusCode()).as("other users sign in")
                .isEqualTo(200);
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAPlainMessage() {
        HttpResponse<String> failed = browser.signIn("officer", "nope");

        assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
}
