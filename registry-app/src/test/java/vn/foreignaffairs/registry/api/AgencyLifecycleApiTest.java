package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.security.RegistryUser;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestPlans;

/**
 * Agencies as records (July 2025 reorganisation): renamed, merged into another or dissolved,
 * their delegations stay reachable under the old and the new agency. Every test registers its
 * own agencies, under fresh codes, so the demo agencies other tests use never change.
 */
class AgencyLifecycleApiTest extends RegistryIntegrationTest {

    private static final String[] NOT_ADMINS = {"officer", "reviewer", "leader", "inspector"};

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    // helpers

    private String register(String prefix, String name) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response registered = api.post("admin", "/api/v1/agencies", Map.of("code", code, "name", name,
                "nameEn", "Department " + code, "kind", "DEPARTMENT"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return code;
    }

    /** A signed-in officer (password demo) of the given agency, as demo users are. */
    private String officerOf(String agency) {
        String username = "officer-" + agency.toLowerCase();
        users.addIfAbsent(new RegistryUser(username, passwords.encode("demo"), "Officer of " + agency, Role.OFFICER,
                agency));
        if (agency(agency).path("status").asText().equals("ACTIVE")) {
            TestPlans.approve(api, agency, username, 2027); // so its test delegations are on-plan
        }
        return username;
    }

    private static Map<String, Object> renaming(String newName) {
        return Map.of("newName", newName, "newNameEn", "Renamed department", "effectiveDate", "2025-07-01",
                "decisionReference", "1234/QĐ-UBND", "reason", "Sắp xếp tổ chức bộ máy");
    }

    private static Map<String, Object> mergingInto(String successor) {
        return Map.of("intoCode", successor, "effectiveDate", "2025-07-01",
                "decisionReference", "1235/QĐ-UBND", "reason", "Sắp xếp tổ chức bộ máy");
    }

    private static Map<String, Object> dissolving() {
        return Map.of("effectiveDate", "2025-07-01", "decisionReference", "1236/QĐ-UBND",
                "reason", "Kết thúc nhiệm vụ");
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(key);
        return copy;
    }

    private Api.Response merge(String absorbed, String successor) {
        return api.post("admin", "/api/v1/agencies/" + absorbed + "/merge", mergingInto(successor));
    }

    private JsonNode agency(String code) {
        Api.Response read = api.get("inspector", "/api/v1/agencies/" + code);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.body();
    }

    private String createDelegation(String officer, String agency) {
        Api.Response created = api.post(officer, "/api/v1/delegations", newDelegation("agency", agency));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private List<String> delegationIdsListedFor(String agency) {
        JsonNode page = api.get("leader", "/api/v1/delegations?size=100&agency=" + agency).body();
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        assertThat(page.path("total").asLong()).isEqualTo(ids.size());
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
    }

    private static void assertFieldError(Api.Response response, String field, String code) {
        assertProblem(response, 400, "VALIDATION_FAILED");
        JsonNode error = response.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("code").asText()).isEqualTo(code);
    }

    // register and read

    @Test
    void anAdministratorRegistersAnAgencyThatEveryoneCanRead() {
        String code = register("SNV", "Sở Nội vụ");

        Api.Response read = api.get("officer", "/api/v1/agencies/" + code);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.body().path("code").asText()).isEqualTo(code);
        assertThat(read.body().path("name").asText()).isEqualTo("Sở Nội vụ");
        assertThat(read.body().path("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(read.body().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(read.body().path("names")).hasSize(1);
        assertThat(texts(read.body().path("lineage"))).containsExactly(code);

        List<String> listed = new ArrayList<>();
        api.get("inspector", "/api/v1/agencies").body().forEach(agency -> listed.add(agency.path("code").asText()));
        assertThat(listed).contains(code, "SKHDT", "SCT");
    }

    @Test
    void registeringACodeTwiceIsAConflict() {
        String code = register("SYT", "Sở Y tế");
        assertProblem(api.post("admin", "/api/v1/agencies", Map.of("code", code, "name", "Sở khác",
                "kind", "DEPARTMENT")), 409, "ALREADY_EXISTS");
        assertThat(agency(code).path("name").asText()).isEqualTo("Sở Y tế");
    }

    @Test
    void aRegistrationNeedsAValidCodeNameAndKind() {
        assertFieldError(api.post("admin", "/api/v1/agencies", Map.of("code", "SỞ MỚI", "name", "Sở",
                "kind", "DEPARTMENT")), "code", "INVALID_VALUE");
        assertFieldError(api.post("admin", "/api/v1/agencies", Map.of("code", "S-NONAME", "kind", "DEPARTMENT")),
                "name", "INVALID_VALUE");
        assertFieldError(api.post("admin", "/api/v1/agencies", Map.of("code", "S-NOKIND", "name", "Sở")),
                "kind", "INVALID_VALUE");
    }

    // đổi tên

    @Test
    void aRenameKeepsTheOldNameInTheHistory() {
        String code = register("SKHDT", "Sở Kế hoạch và Đầu tư (thử)");

        Api.Response renamed = api.post("admin", "/api/v1/agencies/" + code + "/rename",
                renaming("Sở Tài chính (thử)"), "If-Match", "\"1\"");

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
        JsonNode read = agency(code);
        assertThat(read.path("code").asText()).isEqualTo(code);
        assertThat(read.path("name").asText()).isEqualTo("Sở Tài chính (thử)");
        assertThat(read.path("nameEn").asText()).isEqualTo("Renamed department");
        assertThat(read.path("status").asText()).isEqualTo("ACTIVE");
        JsonNode names = read.path("names");
        assertThat(names).hasSize(2);
        assertThat(names.get(0).path("name").asText()).isEqualTo("Sở Kế hoạch và Đầu tư (thử)");
        assertThat(names.get(0).path("until").asText()).isEqualTo("2025-07-01");
        assertThat(names.get(1).path("name").asText()).isEqualTo("Sở Tài chính (thử)");
        assertThat(names.get(1).path("from").asText()).isEqualTo("2025-07-01");
        assertThat(names.get(1).has("until")).isFalse();
    }

    @Test
    void aRenamedAgencysDelegationsStayUnderItsCode() {
        String code = register("SDL", "Sở Du lịch (thử)");
        String officer = officerOf(code);
        String before = createDelegation(officer, code);

        api.post("admin", "/api/v1/agencies/" + code + "/rename", renaming("Sở Văn hóa, Thể thao và Du lịch (thử)"));

        String after = createDelegation(officer, code);
        assertThat(delegationIdsListedFor(code)).containsExactlyInAnyOrder(before, after);
    }

    @Test
    void aReorganisationNeedsADateADecisionAndAReason() {
        String code = register("SXD", "Sở Xây dựng (thử)");
        String successor = register("SGTVT", "Sở Giao thông vận tải (thử)");
        assertFieldError(api.post("admin", "/api/v1/agencies/" + code + "/rename",
                without(renaming("Sở mới"), "reason")), "reason", "INVALID_VALUE");
        assertFieldError(api.post("admin", "/api/v1/agencies/" + code + "/merge",
                without(mergingInto(successor), "decisionReference")), "decisionReference", "INVALID_VALUE");
        assertFieldError(api.post("admin", "/api/v1/agencies/" + code + "/dissolve",
                without(dissolving(), "effectiveDate")), "effectiveDate", "INVALID_VALUE");
        assertThat(agency(code).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String code = register("STNMT", "Sở Tài nguyên và Môi trường (thử)");
        api.post("admin", "/api/v1/agencies/" + code + "/rename", renaming("Sở Nông nghiệp và Môi trường (thử)"));
        assertProblem(api.post("admin", "/api/v1/agencies/" + code + "/dissolve", dissolving(), "If-Match", "\"1\""),
                412, "STALE_VERSION");
        assertThat(agency(code).path("status").asText()).isEqualTo("ACTIVE");
    }

    // sáp nhập

    @Test
    void anAbsorbedAgencysDelegationsAreListedUnderItsSuccessorAndStillUnderItsOldCode() {
        String absorbed = register("SKHDT", "Sở Kế hoạch và Đầu tư (thử)");
        String successor = register("STC", "Sở Tài chính (thử)");
        String absorbedOfficer = officerOf(absorbed);
        String absorbedDraft = createDelegation(absorbedOfficer, absorbed);
        String absorbedSubmitted = createDelegation(absorbedOfficer, absorbed);
        api.post(absorbedOfficer, "/api/v1/delegations/" + absorbedSubmitted + "/submit", null);
        String successorOwn = createDelegation(officerOf(successor), successor);

        Api.Response merged = merge(absorbed, successor);

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.body().path("status").asText()).isEqualTo("MERGED");
        assertThat(merged.body().path("mergedInto").asText()).isEqualTo(successor);
        assertThat(merged.body().path("inactiveSince").asText()).isEqualTo("2025-07-01");
        assertThat(texts(agency(successor).path("lineage"))).containsExactly(successor, absorbed);
        assertThat(delegationIdsListedFor(successor))
                .containsExactlyInAnyOrder(successorOwn, absorbedDraft, absorbedSubmitted);
        assertThat(delegationIdsListedFor(absorbed)).containsExactlyInAnyOrder(absorbedDraft, absorbedSubmitted);
        assertThat(api.get("leader", "/api/v1/delegations/" + absorbedDraft).body().path("agency").asText())
                .as("a record keeps the code it was created under").isEqualTo(absorbed);
    }

    @Test
    void mergersAreFollowedTransitively() {
        String district = register("UBND-H", "UBND huyện (thử)");
        String city = register("UBND-TP", "UBND thành phố (thử)");
        String province = register("UBND-T", "UBND tỉnh (thử)");
        String districtTrip = createDelegation(officerOf(district), district);
        merge(district, city);
        merge(city, province);

        List<String> lineage = texts(agency(province).path("lineage"));
        assertThat(lineage.get(0)).isEqualTo(province);
        assertThat(lineage).containsExactlyInAnyOrder(province, city, district);
        assertThat(delegationIdsListedFor(province)).containsExactly(districtTrip);
    }

    @Test
    void anOfficerOfAMergedAgencyStillActsOnItsRecordsButCreatesNoNewOnes() {
        String absorbed = register("SKHCN", "Sở Khoa học và Công nghệ (thử)");
        String successor = register("STTTT", "Sở Thông tin và Truyền thông (thử)");
        String officer = officerOf(absorbed);
        String draft = createDelegation(officer, absorbed);
        merge(absorbed, successor);

        assertThat(api.post(officer, "/api/v1/delegations/" + draft + "/submit", null).status()).isEqualTo(200);
        Api.Response refused = api.post(officer, "/api/v1/delegations", newDelegation("agency", absorbed));
        assertProblem(refused, 409, "AGENCY_INACTIVE");
        assertThat(refused.body().path("detail").asText()).contains(successor);
        assertThat(delegationIdsListedFor(absorbed)).containsExactly(draft);
    }

    @Test
    void noDelegationIsCreatedForADissolvedAgency() {
        String code = register("BQL", "Ban Quản lý (thử)");
        String officer = officerOf(code);
        api.post("admin", "/api/v1/agencies/" + code + "/dissolve", dissolving());

        assertProblem(api.post(officer, "/api/v1/delegations", newDelegation("agency", code)), 409, "AGENCY_INACTIVE");
        assertThat(agency(code).path("status").asText()).isEqualTo("DISSOLVED");
    }

    @Test
    void anAgencyCannotBeMergedIntoItself() {
        String code = register("SLDTBXH", "Sở Lao động (thử)");
        assertFieldError(merge(code, code), "intoCode", "VALIDATION_FAILED");
        assertThat(agency(code).path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void mergingIntoAnInactiveOrUnknownAgencyIsRefused() {
        String absorbed = register("SGDDT", "Sở Giáo dục (thử)");
        String dissolved = register("SVHTT", "Sở Văn hóa (thử)");
        api.post("admin", "/api/v1/agencies/" + dissolved + "/dissolve", dissolving());

        assertProblem(merge(absorbed, dissolved), 409, "AGENCY_INACTIVE");
        assertFieldError(merge(absorbed, "NO-SUCH-AGENCY"), "intoCode", "UNKNOWN_AGENCY");
        assertThat(agency(absorbed).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(texts(agency(dissolved).path("lineage"))).containsExactly(dissolved);
    }

    @Test
    void aMergedOrDissolvedAgencyChangesNoMore() {
        String merged = register("SNN", "Sở Nông nghiệp (thử)");
        String successor = register("SNNMT", "Sở Nông nghiệp và Môi trường (thử)");
        String dissolved = register("BDT", "Ban Dân tộc (thử)");
        merge(merged, successor);
        api.post("admin", "/api/v1/agencies/" + dissolved + "/dissolve", dissolving());

        for (String code : List.of(merged, dissolved)) {
            assertProblem(api.post("admin", "/api/v1/agencies/" + code + "/rename", renaming("Tên mới")), 409,
                    "AGENCY_INACTIVE");
            assertProblem(merge(code, successor), 409, "AGENCY_INACTIVE");
            assertProblem(api.post("admin", "/api/v1/agencies/" + code + "/dissolve", dissolving()), 409,
                    "AGENCY_INACTIVE");
            assertThat(agency(code).path("version").asLong()).isEqualTo(2);
        }
    }

    // who may do what

    @Test
    void onlyAdministratorsRegisterAndReorganiseAgencies() {
        String code = register("SCT2", "Sở Công Thương (thử)");
        String successor = register("STC2", "Sở Tài chính (thử)");
        for (String user : NOT_ADMINS) {
            assertProblem(api.post(user, "/api/v1/agencies", Map.of("code", code + "X", "name", "Sở",
                    "kind", "DEPARTMENT")), 403, "FORBIDDEN");
            assertProblem(api.post(user, "/api/v1/agencies/" + code + "/rename", renaming("Sở khác")), 403,
                    "FORBIDDEN");
            assertProblem(api.post(user, "/api/v1/agencies/" + code + "/merge", mergingInto(successor)), 403,
                    "FORBIDDEN");
            assertProblem(api.post(user, "/api/v1/agencies/" + code + "/dissolve", dissolving()), 403, "FORBIDDEN");
        }
        assertProblem(api.get("leader", "/api/v1/agencies/" + code + "X"), 404, "NOT_FOUND");
        JsonNode unchanged = agency(code);
        assertThat(unchanged.path("version").asLong()).isEqualTo(1);
        assertThat(unchanged.path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void readingAgenciesNeedsASignedInUser() {
        assertProblem(api.get(null, "/api/v1/agencies/SKHDT"), 401, "UNAUTHENTICATED");
        assertProblem(api.get(null, "/api/v1/agencies"), 401, "UNAUTHENTICATED");
        for (String user : NOT_ADMINS) {
            assertThat(api.get(user, "/api/v1/agencies/SKHDT").status()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        assertProblem(api.get("leader", "/api/v1/agencies/NO-SUCH-AGENCY"), 404, "NOT_FOUND");
        assertProblem(api.get("leader", "/api/v1/agencies/" + "X".repeat(33)), 404, "NOT_FOUND");
        assertProblem(api.post("admin", "/api/v1/agencies/NO-SUCH-AGENCY/rename", renaming("Sở")), 404, "NOT_FOUND");
        assertProblem(api.post("admin", "/api/v1/agencies/NO-SUCH-AGENCY/merge", mergingInto("SKHDT")), 404,
                "NOT_FOUND");
        assertProblem(api.post("admin", "/api/v1/agencies/NO-SUCH-AGENCY/dissolve", dissolving()), 404, "NOT_FOUND");
    }
}
