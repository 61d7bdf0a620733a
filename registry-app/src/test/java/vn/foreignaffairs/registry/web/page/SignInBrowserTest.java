package vn.foreignaffairs.registry.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Browser;
import vn.foreignaffairs.registry.support.BrowserTest;

class SignInBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
            "officer, Chuyên viên, nav-delegations",
            "reviewer, Sở Ngoại vụ (thẩm định), nav-queue",
            "leader, Lãnh đạo tỉnh, nav-dashboard",
            "inspector, Thanh tra, nav-audit",
            "admin, Quản trị, nav-ledger"})
    void eachRoleSignsInToItsOwnMenuInVietnamese(String user, String role, String menuEntry) {
        Browser browser = browser().signIn(user);

        assertThat(browser.path()).isEqualTo("/app");
        assertThat(browser.text("#signed-in-as")).endsWith(role);
        assertThat(browser.find("#" + menuEntry).isDisplayed()).isTrue();
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
        browser.screenshot("home-" + user);

        browser.signOut();
        assertThat(browser.path()).startsWith("/login");
        browser.open("/app");
        assertThat(browser.path()).as("signed out: back to the sign-in page").startsWith("/login");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBackAndIsRemembered() {
        Browser browser = browser().signIn("officer");
        assertThat(browser.text("#nav-delegations")).isEqualTo("Đoàn ra");

        browser.click("#lang-en");
        assertThat(browser.text("#nav-delegations")).isEqualTo("Outbound delegations");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.path()).isEqualTo("/app?lang=en");
        browser.screenshot("home-officer-en");

        browser.open("/app");
        assertThat(browser.text("#sign-out")).as("the choice is kept").isEqualTo("Sign out");
        browser.click("#lang-vi");
        assertThat(browser.text("#sign-out")).isEqualTo("Đăng xuất");
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndSignsNobodyIn() {
        Browser browser = browser().open("/login");
        browser.screenshot("sign-in");
        browser.type("#username", "officer").type("#password", "wrong").click("#sign-in");

        assertThat(browser.waitFor("#sign-in-error").getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        browser.screenshot("sign-in-failed");
        browser.open("/app");
        assertThat(browser.path()).startsWith("/login");
    }
}
