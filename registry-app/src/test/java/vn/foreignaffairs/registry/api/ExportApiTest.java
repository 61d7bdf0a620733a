package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AgreementRequests;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.AidRequestBodies;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.Exports;
import vn.foreignaffairs.registry.support.InboundDelegationRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;
import vn.foreignaffairs.registry.support.TripRequests;

/**
 * Every report and register list as CSV, XLSX and PDF, read back as their users' programs would,
 * with the Vietnamese diacritics of the records themselves (not only the headers) compared letter
 * for letter, and register lists exported whole rather than one page.
 */
class ExportApiTest extends RegistryIntegrationTest {

    private static final String AGENCY_NAME = "Sở Kế hoạch và Đầu tư";
    private static final String CONFERENCE = "Hội nghị quốc tế về hợp tác kinh tế Việt – Nhật";
    private static final int MANY_DONORS = 120;

    /** Records of every register, each with a text of its own, created once. */
    private static Fixture fixture;

    private record Fixture(String suffix, String agency, String agencyName, String officer, Map<String, String> texts,
                           List<String> donorNames) {
    }

    @BeforeEach
    void recordsOfEveryRegisterOnce() {
        synchronized (ExportApiTest.class) {
            if (fixture == null) {
                fixture = createFixture();
            }
        }
    }

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
    void theProvincesReportExportsEachAgencysFiguresUnderItsName() {
        String path = "/api/v1/reports/PROVINCE/2025";
        String section = fixture.agencyName() + " (" + fixture.agency() + ") – Đoàn ra";
        assertThat(Exports.csv(api.download("leader", path + "?format=csv")))
                .anySatisfy(row -> assertThat(row).startsWith(section, "Báo cáo kết quả chuyến đi quá hạn"))
                .anySatisfy(row -> assertThat(row).startsWith(AGENCY_NAME + " (SKHDT) – Thỏa thuận quốc tế"));
        assertThat(Exports.xlsx(api.download("leader", path + "?format=xlsx")))
                .anySatisfy(row -> assertThat(row).startsWith(section));
        assertThat(Exports.pdf(api.download("leader", path + "?format=pdf"))).contains(section);
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
        HttpResponse<byte[]> plans = api.download("inspector", "/api/v1/plans?year=2030");
        assertThat(plans.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(new String(plans.body(), StandardCharsets.UTF_8)).startsWith("[");
    }

    @Test
    void everyRegisterListExportsItsRecordsWithTheirDiacriticsInAllThreeFormats() {
        int year = ProvinceTime.today().getYear();
        String later = "asOf=" + ProvinceTime.today().plusDays(30);
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/api/v1/delegations?agency=SKHDT", "delegation");
        lists.put("/api/v1/inbound-delegations?hostAgency=" + fixture.agency(), "inbound");
        lists.put("/api/v1/agreements?signingBody=" + fixture.agency(), "consulted agreement");
        lists.put("/api/v1/conferences?organiser=" + fixture.agency(), "held conference");
        lists.put("/api/v1/aid/projects?donor=" + fixture.texts().get("donor id"), "aid");
        lists.put("/api/v1/aid/donors?country=NZ", "donor");
        lists.put("/api/v1/plans?year=2030", "plan");
        lists.put("/api/v1/freezes", "freeze");
        lists.put("/api/v1/overdue/reports?agency=SKHDT", "delegation");
        lists.put("/api/v1/overdue/passports?agency=SKHDT", "passport holder");
        lists.put("/api/v1/agreements/overdue-consultations?" + later, "consulted agreement");
        lists.put("/api/v1/agreements/overdue-signing-reports?signingBody=" + fixture.agency(), "signed agreement");
        lists.put("/api/v1/agreements/implementation-plans/overdue?year=" + year + "&signingBody=" + fixture.agency(),
                "agency");
        lists.put("/api/v1/conferences/overdue-reports?organiser=" + fixture.agency(), "held conference");
        lists.put("/api/v1/conferences/overdue-consultations?organiser=" + fixture.agency() + "&" + later,
                "applied conference");
        lists.put("/api/v1/aid/totals?groupBy=donor&year=2026", "donor of the aid");
        lists.forEach((path, what) -> {
            String text = fixture.texts().get(what);
            String separator = path.contains("?") ? "&" : "?";
            List<List<String>> csv = Exports.csv(api.download("inspector", path + separator + "format=csv"));
            assertThat(csv.subList(1, csv.size())).as(path + " CSV").anySatisfy(row -> assertThat(row).contains(text));
            assertThat(Exports.xlsx(api.download("inspector", path + separator + "format=xlsx"))).as(path + " XLSX")
                    .anySatisfy(row -> assertThat(row).contains(text));
            assertThat(Exports.pdf(api.download("inspector", path + separator + "format=pdf"))).as(path + " PDF")
                    .contains(text);
        });
    }

    @Test
    void aRegisterExportHoldsTheWholeFilteredListNotOnePage() {
        String path = "/api/v1/aid/donors?country=NZ&kind=OTHER_FOREIGN_BODY";
        long total = api.get("inspector", path + "&size=1").body().path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(MANY_DONORS);

        List<List<String>> csv = Exports.csv(api.download("inspector", path + "&size=5&page=3&format=csv"));
        assertThat(csv).as("the header and every donor, page and size notwithstanding").hasSize((int) total + 1);
        List<String> names = csv.stream().skip(1).map(row -> row.get(1)).toList();
        assertThat(names).containsAll(fixture.donorNames()).doesNotHaveDuplicates();

        List<List<String>> xlsx = Exports.xlsx(api.download("inspector", path + "&format=xlsx"));
        assertThat(xlsx.get(1)).containsExactly("Tổng số " + total + " hồ sơ");
        assertThat(xlsx.stream().filter(row -> row.size() > 1).map(row -> row.get(1)).toList())
                .containsAll(fixture.donorNames());

        String pdf = Exports.pdf(api.download("inspector", path + "&format=pdf"));
        assertThat(fixture.donorNames()).allSatisfy(name -> assertThat(pdf).contains(name));
    }

    @Test
    void theDelegationRegisterExportsEveryDelegationOfTheFilterWithTheAgencysName() {
        createDraft("officer");
        String path = "/api/v1/delegations?agency=SKHDT";
        long total = api.get("officer", path + "&size=1").body().path("total").asLong();
        List<List<String>> csv = Exports.csv(api.download("officer", path + "&size=5&format=csv"));
        assertThat(csv).hasSize((int) total + 1);
        assertThat(csv.get(1).get(2)).isEqualTo(AGENCY_NAME);
        assertThat(csv).anySatisfy(row -> assertThat(row.get(3)).isEqualTo("Xúc tiến đầu tư tại Nhật Bản"));

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
        String path = "/api/v1/conferences?organiser=SKHDT";
        List<List<String>> csv = Exports.csv(api.download("officer", path + "&format=csv"));
        assertThat(csv.get(0)).contains("Tên hội nghị", "Đại biểu nước ngoài");
        assertThat(csv).anySatisfy(row -> assertThat(row).contains(CONFERENCE, AGENCY_NAME));
        assertThat(Exports.xlsx(api.download("officer", path + "&format=xlsx")))
                .anySatisfy(row -> assertThat(row).contains(CONFERENCE));
        assertThat(Exports.pdf(api.download("officer", path + "&format=pdf")))
                .contains("Danh sách hội nghị, hội thảo quốc tế").contains(CONFERENCE);
    }

    @Test
    void theRegisterPagesLinkToTheirDownloadsAndAnOfficerDownloadsOnlyTheOwnAgencysRecords() {
        for (String page : new String[] {"/app/delegations", "/app/agreements", "/app/conferences", "/app/aid"}) {
            String html = api.get(fixture.officer(), page, "Accept", "text/html").raw().body();
            assertThat(html).as(page).contains("id=\"download-csv\"", "href=\"" + page + "/export")
                    .contains("format=xlsx", "format=pdf");
        }
        List<List<String>> agreements = Exports.csv(api.download(fixture.officer(), "/app/agreements/export?format=csv"));
        assertThat(agreements.subList(1, agreements.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo(fixture.agency()))
                .anySatisfy(row -> assertThat(row).contains(fixture.texts().get("signed agreement")));
        assertThat(Exports.xlsx(api.download("officer", "/app/aid/export?format=xlsx")))
                .anySatisfy(row -> assertThat(row).contains(fixture.texts().get("aid")));
        assertThat(Exports.pdf(api.download(fixture.officer(), "/app/conferences/export?format=pdf")))
                .contains(fixture.texts().get("held conference"));
        String draft = createDraft("officer2").id();
        List<List<String>> drafts = Exports.csv(api.download("leader", "/app/delegations/export?status=DRAFT&format=csv"));
        assertThat(drafts.subList(1, drafts.size())).anySatisfy(row -> assertThat(row.get(0)).isEqualTo(draft))
                .allSatisfy(row -> assertThat(row.get(9)).isEqualTo("DRAFT"));
        assertThat(api.get("officer", "/app/aid/export?format=doc", "Accept", "text/html").status()).isEqualTo(400);
        assertThat(api.get(null, "/app/aid/export?format=csv", "Accept", "text/html").status()).isEqualTo(302);
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
        HttpResponse<byte[]> badFilter = api.download("inspector", "/api/v1/agreements?country=vietnam&format=csv");
        assertThat(badFilter.statusCode()).as("a whole-list export validates its filters").isEqualTo(400);
        assertThat(badFilter.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<byte[]> otherAgency = api.download("officer", "/api/v1/overdue/reports?agency=SCT&format=pdf");
        assertThat(otherAgency.statusCode()).isEqualTo(403);
        assertThat(new String(otherAgency.body(), StandardCharsets.UTF_8)).contains("NOT_OWN_AGENCY");
    }

    /** One record of each register (and many donors), each with a Vietnamese text to find again. */
    private Fixture createFixture() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestAgencies agencies = testAgencies();
        String agency = agencies.register("EXP", "DEPARTMENT");
        String officer = agencies.officerOf(agency);
        Map<String, String> texts = new LinkedHashMap<>();
        LocalDate today = ProvinceTime.today();

        // an outbound delegation back from its trip, its report and a passport overdue
        texts.put("delegation", "Đoàn khảo sát thị trường Hàn Quốc " + suffix);
        texts.put("passport holder", TripRequests.HEAD);
        Map<String, Object> trip = TripRequests.pastDelegation();
        trip.put("title", texts.get("delegation"));
        String delegation = expect(api.post("officer", "/api/v1/delegations", trip), 201).id();
        String path = "/api/v1/delegations/" + delegation;
        expect(api.post("officer", path + "/submit", null), 200);
        expect(api.post("leader", path + "/approve", TripRequests.approval()), 200);
        expect(api.post("officer", path + "/passports/handout", TripRequests.handout(TripRequests.HEAD, "C7654321",
                "2025-03-05")), 200);
        expect(api.post("officer", path + "/depart", TripRequests.departure("2025-03-10")), 200);
        expect(api.post("officer", path + "/return", TripRequests.returning("2025-03-14")), 200);

        texts.put("inbound", "Đoàn tỉnh Chăm-pa-sắc thăm hữu nghị " + suffix);
        expect(api.post(officer, InboundDelegationRequests.PATH,
                InboundDelegationRequests.newInboundDelegation("title", texts.get("inbound"))), 201);

        AgreementSteps agreementSteps = new AgreementSteps(api);
        texts.put("consulted agreement", "Thỏa thuận hợp tác giáo dục với Đại học Khôn Kèn " + suffix);
        agreementSteps.underConsultation(officer, AgreementRequests.proposal("title", texts.get("consulted agreement")),
                today.minusDays(30));
        texts.put("signed agreement", "Biên bản ghi nhớ về du lịch với tỉnh Luông Pha-băng " + suffix);
        agreementSteps.signed(officer, AgreementRequests.proposal("title", texts.get("signed agreement")),
                today.minusDays(30));
        texts.put("agency", "Thử nghiệm " + agency);

        ConferenceSteps conferenceSteps = new ConferenceSteps(api);
        texts.put("held conference", "Hội thảo quốc tế về cà phê bền vững " + suffix);
        Map<String, Object> held = ConferenceRequests.startingIn(-40);
        held.put("title", texts.get("held conference"));
        String conference = conferenceSteps.answered(officer, held).id();
        expect(api.post("leader", ConferenceRequests.PATH + "/" + conference + "/permit",
                ConferenceRequests.permit("Hồ sơ bổ sung sau khi đã tổ chức")), 200);
        expect(api.post(officer, ConferenceRequests.PATH + "/" + conference + "/held",
                ConferenceRequests.held(today.minusDays(40), today.minusDays(39), 90, 15)), 200);
        texts.put("applied conference", "Hội nghị xúc tiến đầu tư Hàn Quốc " + suffix);
        conferenceSteps.applied(officer, ConferenceRequests.newConference("title", texts.get("applied conference")));

        AidSteps aidSteps = new AidSteps(api);
        texts.put("donor of the aid", "Quỹ Phát triển Nông thôn Việt – Đức " + suffix);
        String donor = aidSteps.donor(texts.get("donor of the aid"), "FOREIGN_NGO", "DE");
        texts.put("donor id", donor);
        texts.put("aid", "Nước sạch cho trường học vùng cao " + suffix);
        aidSteps.approved(AidRequestBodies.proposal(donor, "title", texts.get("aid")), "2026-01-28", "2026-02-05");

        List<String> donorNames = new ArrayList<>();
        for (int i = 1; i <= MANY_DONORS; i++) {
            String name = "Tổ chức Thiện nguyện Đông Á số " + i + " " + suffix;
            donorNames.add(name);
            expect(api.post("reviewer", AidRequestBodies.DONORS, AidRequestBodies.donor(name, "OTHER_FOREIGN_BODY",
                    "NZ", null)), 201);
        }
        texts.put("donor", donorNames.get(0));

        texts.put("plan", "Hội đàm với tỉnh Chăm-pa-sắc " + suffix);
        String plan = "/api/v1/plans/" + agency + "/2030";
        expect(api.put(officer, plan, Map.of("items", List.of(Map.of("itemId", "R-LA-01", "direction", "OUTBOUND",
                "countryCode", "LA", "purpose", texts.get("plan"), "plannedQuarter", 2, "size", 3,
                "estimatedCostVnd", 90_000_000L)))), 200);

        texts.put("freeze", "Rà soát, sắp xếp đầu mối " + suffix);
        expect(api.post("admin", "/api/v1/freezes", Map.of("agencies", List.of(agency), "from", "2001-01-01",
                "until", "2001-01-02", "reason", texts.get("freeze"), "legalBasis", "Kết luận thử nghiệm")), 201);
        return new Fixture(suffix, agency, "Thử nghiệm " + agency, officer, texts, donorNames);
    }

    private static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
