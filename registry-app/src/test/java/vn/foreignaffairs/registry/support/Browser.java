package vn.foreignaffairs.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the page tests: Debian's headless chromium driven through its chromedriver
 * (both installed by {@code .ci/run}). Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String base;
    private final ChromeDriver driver;

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Whether this machine has the browser and its driver; CI installs both and checks no page test was skipped. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the sign-in page with the demo password, and lands on the home page. */
    public Browser signIn(String user) {
        open("/login");
        type("#username", user);
        type("#password", "demo");
        click("#sign-in");
        waitFor("#signed-in-as");
        return this;
    }

    public Browser signOut() {
        click("#sign-out");
        waitFor("#signed-out");
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String title() {
        return driver.getTitle();
    }

    public String html() {
        return driver.getPageSource();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, the evidence of each page. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of one of the browser's cookies for the registry (e.g. the session), or null. */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
