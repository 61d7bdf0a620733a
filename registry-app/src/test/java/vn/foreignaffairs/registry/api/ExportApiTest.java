package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.Exports;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Every report and register list as CSV, XLSX and PDF, read back as their users' programs would,
 * with the Vietnamese diacritics compared letter for letter.
 */
class ExportApiTest extends RegistryIntegrationTest {

    private static final String AGENCY_NAME = "Sở Kế hoạch và Đầu tư";
    private static final String CONFERENCE = "Hội nghị quốc tế về hợp tác kinh tế Việt – Nhật";

    @Test
    void aReportExportsToAllThreeFormatsWithItsDiacritics() {
        String path = "/api/v1/reports/SKHDT/2025-H1";
        List<List<String>> csv = Exports.csv(api.download("leader", path + "?format=csv"));
        assertThat(csv.get(0)).containsExactly("Mục", "Chỉ tiêu", "Giá trị");
        assertThat(csv).anySatisfy(row -> assertThat(row).startsWith("Đoàn ra", "Báo cáo kết quả chuyến đi quá hạn"));
        assertThat(csv).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Hội nghị, hội thảo quốc tế"));

        List<List<String>> xlsx = Exports.xlsx(api.download("leader", path + "?format=xlsx"));
        assertThat(xlsx.get(0).get(0)).isEqualTo("Báo cáo 6 tháng đầu năm 2025 về công tác đối ngoại");
        assertThat(xlsx.get(1).get(0)).isEqualTo("Đơn vị: " + AGENCY_NAME + " (SKHDT)");
        assertThat(xlsx).anySatisfy(row -> assertThat(row).containsExactly("Mục", "Chỉ tiêu", "Giá trị"));
        assertThat(xlsx).anySatisfy(row -> assertThat(row).startsWith("Thỏa thuận quốc tế", "Đang có hiệu lực"));

        String pdf = Exports.pdf(api.download("leader", path + "?format=pdf"));
        assertThat(pdf).contains("Báo cáo 6 tháng đầu năm 2025 về công tác đối ngoại")
                .contains("Đơn vị: " + AGENCY_NAME + " (SKHDT)")
                .contains("Hộ chiếu công vụ, ngoại giao chưa nộp lại quá hạn")
                .contains("Dự thảo, tính lại mỗi lần xem");
    }

    @Test
    void theAcceptHeaderChoosesTheFormatToo() {
        HttpResponse<byte[]> pdf = api.download("inspector", "/api/v1/reports/PROVINCE/2025", "Accept", "application/pdf");
        assertThat(Exports.pdf(pdf)).contains("Báo cáo năm 2025 về công tác đối ngoại")
                .contains("Đơn vị: Ủy ban nhân dân tỉnh (PROVINCE)");
        HttpResponse<byte[]> csv = api.download("inspector", "/api/v1/delegations?agency=SKHDT", "Accept", "text/csv");
        assertThat(Exports.csv(csv).get(0)).contains("Tên cơ quan", "Tên đoàn");
        HttpResponse<byte[]> json = api.download("inspector", "/api/v1/delegations?agency=SKHDT");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void theDelegationRegisterExportsWithTheAgencysName() {
        createDraft("officer");
        String path = "/api/v1/delegations?agency=SKHDT&size=5";
        long total = api.get("officer", path).body().path("items").size();
        List<List<String>> csv = Exports.csv(api.download("officer", path + "&format=csv"));
        assertThat(csv).hasSize((int) total + 1);
        assertThat(csv.get(1).get(2)).isEqualTo(AGENCY_NAME);
        assertThat(csv.get(1).get(3)).isEqualTo("Xúc tiến đầu tư tại Nhật Bản");

        List<List<String>> xlsx = Exports.xlsx(api.download("officer", path + "&format=xlsx"));
        assertThat(xlsx.get(0).get(0)).isEqualTo("Danh sách đoàn ra");
        assertThat(xlsx).anySatisfy(row -> assertThat(row).contains(AGENCY_NAME, "Xúc tiến đầu tư tại Nhật Bản"));

        assertThat(Exports.pdf(api.download("officer", path + "&format=pdf")))
                .contains("Danh sách đoàn ra").contains(AGENCY_NAME).contains("Xúc tiến đầu tư tại Nhật Bản");
    }

    @Test
    void theConferenceRegisterExportsWithItsTitles() {
        assertThat(api.post("officer", ConferenceRequests.PATH,
                ConferenceRequests.newConference("title", CONFERENCE)).status()).isEqualTo(201);
        String path = "/api/v1/conferences?organiser=SKHDT&size=10";
        List<List<String>> csv = Exports.csv(api.download("officer", path + "&format=csv"));
        assertThat(csv.get(0)).contains("Tên hội nghị", "Đại biểu nước ngoài");
        assertThat(csv).anySatisfy(row -> assertThat(row).contains(CONFERENCE, AGENCY_NAME));
        assertThat(Exports.xlsx(api.download("officer", path + "&format=xlsx")))
                .anySatisfy(row -> assertThat(row).contains(CONFERENCE));
        assertThat(Exports.pdf(api.download("officer", path + "&format=pdf")))
                .contains("Danh sách hội nghị, hội thảo quốc tế").contains(CONFERENCE);
    }

    @Test
    void theOtherRegistersExportToEveryFormat() {
        for (String[] register : new String[][] {
                {"/api/v1/agreements?size=10", "Danh sách thỏa thuận quốc tế", "Tên thỏa thuận"},
                {"/api/v1/inbound-delegations?size=10", "Danh sách đoàn vào", "Bên nước ngoài"},
                {"/api/v1/aid/projects?size=10", "Danh sách viện trợ phi chính phủ nước ngoài", "Cơ quan tiếp nhận"}}) {
            String separator = "&";
            Api.Response json = api.get("inspector", register[0]);
            assertThat(json.status()).as(register[0]).isEqualTo(200);
            int items = json.body().path("items").size();
            List<List<String>> csv = Exports.csv(api.download("inspector", register[0] + separator + "format=csv"));
            assertThat(csv).hasSize(items + 1);
            assertThat(csv.get(0)).contains(register[2]);
            List<List<String>> xlsx = Exports.xlsx(api.download("inspector", register[0] + separator + "format=xlsx"));
            assertThat(xlsx.get(0).get(0)).isEqualTo(register[1]);
            assertThat(Exports.pdf(api.download("inspector", register[0] + separator + "format=pdf")))
                    .contains(register[1]).contains(register[2]);
        }
    }

    @Test
    void anUnknownFormatIsNotAcceptableAndRefusalsStayProblemDetails() {
        HttpResponse<byte[]> unknown = api.download("leader", "/api/v1/reports/PROVINCE/2025?format=doc");
        assertThat(unknown.statusCode()).isEqualTo(406);
        HttpResponse<byte[]> forbidden = api.download("officer", "/api/v1/reports/PROVINCE/2025?format=pdf");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(new String(forbidden.body(), StandardCharsets.UTF_8)).contains("NOT_OWN_AGENCY");
        HttpResponse<byte[]> badPeriod = api.download("leader", "/api/v1/reports/PROVINCE/2025-H7?format=xlsx");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        HttpResponse<byte[]> anonymous = api.download(null, "/api/v1/delegations?format=csv");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
