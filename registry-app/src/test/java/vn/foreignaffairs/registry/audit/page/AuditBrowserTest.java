package vn.foreignaffairs.registry.audit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.foreignaffairs.registry.support.Browser;
import vn.foreignaffairs.registry.support.BrowserTest;

/** An inspector reads a delegation's history, its past states, searches the audit trail and verifies the ledger. */
class AuditBrowserTest extends BrowserTest {

    private static final Path DOWNLOADS = Path.of("target", "downloads", "audit");

    @Test
    void anInspectorReadsTheHistoryInVietnameseAndEnglishAndSeesTheRecordAsItStood() {
        String id = createSubmitted("officer").id();
        Browser browser = browser().signIn("inspector");

        browser.open("/app/audit/records/delegation/" + id);
        assertThat(browser.all("#timeline li.step")).hasSize(2);
        assertThat(browser.text("#step-1 .summary")).isEqualTo("Lập dự thảo đoàn ra \"Xúc tiến đầu tư tại Nhật Bản\" của cơ quan SKHDT");
        assertThat(browser.text("#step-2 .summary")).isEqualTo("Trình phê duyệt");
        assertThat(browser.text("#step-2 .actor")).isEqualTo("officer");
        assertThat(browser.text("#step-2 .role")).isEqualTo("Chuyên viên");
        assertThat(browser.text("#step-2 .agency")).isEqualTo("SKHDT");
        assertThat(browser.text("#step-2 .request-id")).isNotBlank();
        assertThat(browser.text("#step-1 .when")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(browser.html()).doesNotContain("DelegationDrafted", "DelegationSubmitted");
        browser.screenshot("audit-history-vi");

        browser.open("/app/audit/records/delegation/" + id + "?lang=en");
        assertThat(browser.text("#record-title")).startsWith("History of Outbound delegation");
        assertThat(browser.text("#step-1 .summary")).isEqualTo("Outbound delegation \"Xúc tiến đầu tư tại Nhật Bản\" drafted for agency SKHDT");
        assertThat(browser.text("#step-2 .summary")).isEqualTo("Submitted for approval");
        assertThat(browser.text("#step-2 .role")).isEqualTo("Officer");
        browser.screenshot("audit-history-en");
        browser.click("#lang-vi");

        // before the record was created: a day earlier, in the province's time
        String yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
        setValue(browser, "#as-of-date", yesterday);
        setValue(browser, "#as-of-time", "08:00:00");
        browser.click("#as-of-submit");
        assertThat(browser.waitFor("#as-of-message").getText())
                .isEqualTo("Lúc " + LocalDate.parse(yesterday).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + " 08:00:00, hồ sơ này chưa được lập.");
        assertThat(browser.all("#as-of-record")).isEmpty();
        browser.screenshot("audit-as-of-before-creation");

        // between the two steps: right after drafting, before submitting
        browser.click("#step-1-as-of");
        browser.waitFor("#as-of-record");
        assertThat(browser.text("#field-status")).isEqualTo("Dự thảo");
        assertThat(browser.text("#field-version")).isEqualTo("1");
        assertThat(browser.text("#field-details-title")).isEqualTo("Xúc tiến đầu tư tại Nhật Bản");
        browser.screenshot("audit-as-of-between-steps");

        browser.click("#step-2-as-of");
        assertThat(browser.waitFor("#field-status").getText()).isEqualTo("Đã trình");
    }

    @Test
    void anInspectorSearchesTheAuditTrailAndDownloadsItAsCsv() throws Exception {
        String id = createSubmitted("officer").id();
        Browser browser = browser().signIn("inspector");

        browser.click("#nav-audit");
        browser.waitFor("#search-form");
        browser.screenshot("audit-search-form");
        browser.type("#actor", "officer");
        new Select(browser.find("#recordType")).selectByValue("delegation");
        browser.click("#search");
        browser.waitFor("#results");
        assertThat(browser.text("#result-count")).startsWith("Tìm thấy");
        assertThat(browser.html()).contains(id);
        assertThat(browser.text("#events tbody tr:first-child .event-type")).isIn("DelegationSubmitted", "DelegationDrafted");
        browser.screenshot("audit-search-results");

        Path csv = download(browser, "#export-csv", ".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(id, "DelegationSubmitted", "\"officer\"");

        browser.find("a.record-link").click();
        browser.waitFor("#timeline");
        assertThat(browser.path()).startsWith("/app/audit/records/delegation/");
    }

    @Test
    void anInspectorVerifiesTheLedgerAndProvesItOnlyGrew() {
        createDraft("officer");
        Browser browser = browser().signIn("inspector");

        browser.click("#nav-ledger");
        String head = browser.waitFor("#head-hash").getText();
        assertThat(head).hasSize(64);
        browser.screenshot("audit-ledger");

        browser.click("#verify");
        assertThat(browser.waitFor("#verification-status").getText()).isEqualTo("Sổ cái toàn vẹn.");
        assertThat(browser.text("#verification-summary")).contains("chuỗi khớp với kho sự kiện");
        browser.screenshot("audit-ledger-verified");

        browser.type("#from", head);
        browser.click("#prove");
        assertThat(browser.waitFor("#proof-status").getText()).startsWith("Đúng:");
        browser.screenshot("audit-ledger-proof");

        browser.type("#from", "0123456789abcdef".repeat(4));
        browser.click("#prove");
        assertThat(browser.waitFor("#proof-unknown").getText()).startsWith("Sổ cái chưa từng có đầu chuỗi với mã băm này");
        browser.screenshot("audit-ledger-proof-unknown");
    }

    @Test
    void anOfficerIsRefusedTheAuditPages() {
        String id = createDraft("officer").id();
        Browser browser = browser().signIn("officer");

        for (String path : List.of("/app/audit/records/delegation/" + id, "/app/audit/events", "/app/audit/ledger")) {
            browser.open(path);
            assertThat(browser.waitFor("#error-message").getText()).as(path).isEqualTo("Bạn không có quyền xem hoặc làm việc này.");
        }
        assertThat(browser.all("#nav-audit")).isEmpty();
        browser.screenshot("audit-refused-officer");
    }

    private static WebDriver driver(Browser browser) {
        return ((WrapsDriver) browser.find("body")).getWrappedDriver();
    }

    /** Date and time fields take keys in the browser's own order; the test sets their value as a form sends it. */
    private static void setValue(Browser browser, String css, String value) {
        ((JavascriptExecutor) driver(browser)).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
    }

    /** Clicks a download link in the real browser and waits for the file it saves. */
    private static Path download(Browser browser, String css, String extension) throws IOException, InterruptedException {
        Path folder = DOWNLOADS.resolve(String.valueOf(System.nanoTime())).toAbsolutePath();
        Files.createDirectories(folder);
        ((ChromeDriver) driver(browser)).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toString()));
        browser.click(css);
        for (int i = 0; i < 200; i++) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> done = files.filter(file -> file.toString().endsWith(extension)).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            } catch (UncheckedIOException e) {
                // the folder is being written to: look again
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + extension + " file was downloaded into " + folder);
    }
}
