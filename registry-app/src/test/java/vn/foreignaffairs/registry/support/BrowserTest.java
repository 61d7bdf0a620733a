package vn.foreignaffairs.registry.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * A test of the web pages in a real browser, against the shared registry of
 * {@link RegistryIntegrationTest}. Skipped where chromium is not installed; {@code .ci/run}
 * installs it and fails when a browser test was skipped.
 */
@Tag("browser")
public abstract class BrowserTest extends RegistryIntegrationTest {

    private Browser browser;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed (apt-get install chromium"
                + " chromium-driver); .ci/run installs them");
    }

    /** A fresh browser (no cookies, no session) for this test. */
    protected Browser browser() {
        if (browser == null) {
            browser = new Browser(port());
        }
        return browser;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
