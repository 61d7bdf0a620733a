package vn.foreignaffairs.registry.audit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The audit pages over HTTP (Basic, as pages accept it): what they show, refuse and download. */
class AuditPageHttpTest extends RegistryIntegrationTest {

    private static final String[] HTML = {"Accept", "text/html"};

    private Api.Response page(String user, String path) {
        return api.get(user, path, HTML);
    }

    private static String body(Api.Response response) {
        return response.raw().body();
    }

    @Test
    void theHistoryIsInWordsInVietnameseOrEnglishNeverClassNames() {
        String id = createSubmitted("officer").id();

        Api.Response vi = page("inspector", "/app/audit/records/delegation/" + id);
        assertThat(vi.status()).as(vi.toString()).isEqualTo(200);
        assertThat(body(vi)).contains("Lập dự thảo đoàn ra", "Trình phê duyệt", "Chuyên viên", "SKHDT")
                .doesNotContain("DelegationDrafted", "DelegationSubmitted");

        Api.Response en = page("inspector", "/app/audit/records/delegation/" + id + "?lang=en");
        assertThat(body(en)).contains("drafted for agency SKHDT", "Submitted for approval", "Officer")
                .doesNotContain("DelegationSubmitted");
    }

    @Test
    void beforeItsCreationARecordDidNotExistYet() {
        String id = createSubmitted("officer").id();
        String yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();

        Api.Response then = page("inspector", "/app/audit/records/delegation/" + id + "?date=" + yesterday + "&time=08:00");

        assertThat(then.status()).isEqualTo(200);
        assertThat(body(then)).contains("id=\"as-of-message\"", "hồ sơ này chưa được lập");
    }

    @Test
    void theRecordAsItStoodIsTheApisAnswerRenderedGenerically() {
        String id = createDraft("officer").id();
        assertThat(api.post("officer", "/api/v1/delegations/" + id + "/submit", null).status()).isEqualTo(200);
        String createdAt = api.get("inspector", "/api/v1/audit/records/delegation/" + id + "/history")
                .body().path("events").path(0).path("at").asText();

        Api.Response draft = page("leader", "/app/audit/records/delegation/" + id + "?asOf="
                + URLEncoder.encode(createdAt, StandardCharsets.UTF_8));

        assertThat(body(draft)).contains("id=\"as-of-record\"", "id=\"field-status\"", "Dự thảo", "Xúc tiến đầu tư tại Nhật Bản",
                "Nguyễn Văn An");
        Api.Response now = page("admin", "/app/audit/records/delegation/" + id + "?date=2099-01-01");
        assertThat(body(now)).contains("Đã trình");
    }

    @Test
    void aBadDateIsSaidInPlaceAndAnUnknownRecordIsAPageNotAStackTrace() {
        String id = createDraft("officer").id();

        Api.Response badDate = page("inspector", "/app/audit/records/delegation/" + id + "?date=31-02-2027");
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(body(badDate)).contains("class=\"field-error\"", "Ngày không hợp lệ.");

        Api.Response unknownType = page("inspector", "/app/audit/records/spaceship/" + id);
        assertThat(unknownType.status()).isEqualTo(404);
        assertThat(body(unknownType)).contains("id=\"error-message\"", "Không có loại hồ sơ này.");

        Api.Response unknownRecord = page("inspector", "/app/audit/records/agreement/" + id);
        assertThat(unknownRecord.status()).isEqualTo(404);
        assertThat(body(unknownRecord)).contains("Không tìm thấy hồ sơ này.");
    }

    @Test
    void theSearchFindsNewestFirstAndSaysBadCriteriaInPlace() {
        String id = createSubmitted("officer").id();
        // The answer waited for the delegation's read model; the ledger projector chains on its own.
        Awaitility.await("the ledger chains the submission").atMost(Duration.ofSeconds(30))
                .until(() -> api.get("inspector", "/api/v1/audit/events?recordType=delegation&actor=officer"
                        + "&eventType=DelegationSubmitted").raw().body().contains(id));

        Api.Response found = page("inspector", "/app/audit/events?recordType=delegation&actor=officer");
        assertThat(found.status()).isEqualTo(200);
        String html = body(found);
        assertThat(html).contains(id, "DelegationSubmitted", "id=\"export-csv\"");
        assertThat(html.indexOf("DelegationSubmitted")).as("newest first").isLessThan(html.indexOf("DelegationDrafted"));

        Api.Response badAgency = page("inspector", "/app/audit/events?agency=" + URLEncoder.encode("SỞ KH", StandardCharsets.UTF_8));
        assertThat(badAgency.status()).isEqualTo(200);
        assertThat(body(badAgency)).contains("Mã cơ quan chỉ gồm").doesNotContain("id=\"results\"");

        Api.Response backwards = page("inspector", "/app/audit/events?from=2027-03-02&to=2027-03-01");
        assertThat(backwards.status()).isEqualTo(200);
        assertThat(body(backwards)).contains("class=\"field-error\"");
    }

    @Test
    void leadershipSearchesAndSeesTheLedgerButNeitherDownloadsNorVerifies() {
        Api.Response search = page("leader", "/app/audit/events");
        assertThat(search.status()).isEqualTo(200);
        assertThat(body(search)).contains("id=\"results\"").doesNotContain("id=\"export-csv\"");

        Api.Response ledger = page("leader", "/app/audit/ledger");
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(body(ledger)).contains("id=\"head\"").doesNotContain("id=\"verify-form\"");
        assertThat(page("leader", "/app/audit/events/export?format=csv").status()).isEqualTo(403);
    }

    @Test
    void thePagesDownloadsAreTheApisExportsByteForByte() {
        String id = createSubmitted("officer").id();

        HttpResponse<byte[]> pageRecord = api.download("inspector", "/app/audit/records/delegation/" + id + "/export?format=jsonl");
        HttpResponse<byte[]> apiRecord = api.download("inspector", "/api/v1/audit/records/delegation/" + id + "/export?format=jsonl");
        assertThat(pageRecord.statusCode()).isEqualTo(200);
        assertThat(pageRecord.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(pageRecord.body()).isEqualTo(apiRecord.body());

        String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        HttpResponse<byte[]> pageSearch = api.download("admin",
                "/app/audit/events/export?format=csv&actor=officer&recordType=delegation&from=" + day + "&to=" + day);
        assertThat(pageSearch.statusCode()).isEqualTo(200);
        assertThat(pageSearch.headers().firstValue("Content-Disposition").orElse("")).contains("audit-events.csv");
        assertThat(new String(pageSearch.body(), StandardCharsets.UTF_8)).contains(id, "DelegationSubmitted");
    }

    @Test
    void theLedgerVerifiesAndProvesInPlainWords() {
        createDraft("officer");
        Api.Response ledger = page("inspector", "/app/audit/ledger");
        assertThat(ledger.status()).isEqualTo(200);
        String head = api.get("inspector", "/api/v1/audit/ledger/head").body().path("hash").asText();
        assertThat(body(ledger)).contains("id=\"head-hash\"");

        Api.Response verified = api.post("inspector", "/app/audit/ledger/verify", null, HTML);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(body(verified)).contains("id=\"verification-status\"", "Sổ cái toàn vẹn.");

        Api.Response proof = page("inspector", "/app/audit/ledger?from=" + head.toUpperCase());
        assertThat(body(proof)).contains("id=\"proof-status\"", "Đúng: chuỗi hiện tại đi qua đầu chuỗi cũ");

        Api.Response unknown = page("inspector", "/app/audit/ledger?lang=en&from=" + "ab".repeat(32));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(body(unknown)).contains("id=\"proof-unknown\"", "The ledger never had a head with this hash");

        Api.Response malformed = page("inspector", "/app/audit/ledger?from=xyz");
        assertThat(body(malformed)).contains("class=\"field-error\"", "64 ký tự thập lục phân");
    }

    @Test
    void officersAndReviewersAreRefusedWithAPage() {
        String id = createDraft("officer").id();
        for (String user : new String[] {"officer", "reviewer"}) {
            for (String path : new String[] {"/app/audit/records/delegation/" + id, "/app/audit/events", "/app/audit/ledger",
                    "/app/audit/events/export?format=csv"}) {
                Api.Response refused = page(user, path);
                assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
                assertThat(body(refused)).contains("id=\"error-message\"", "Bạn không có quyền");
            }
        }
        assertThat(api.post("inspector", "/app/audit/ledger/verify", null, HTML).status()).isEqualTo(200);
        assertThat(api.post("leader", "/app/audit/ledger/verify", null, HTML).status()).isEqualTo(403);
    }
}
