package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;
import static vn.foreignaffairs.registry.support.DelegationRequests.newOffPlanDelegation;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.InboundDelegationRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestUsers;

/**
 * Off-plan delegations over HTTP: their documents, the consultations, the quota and freezes.
 * Each test uses its own departure year, so each has a fresh quota.
 */
class OffPlanDelegationApiTest extends RegistryIntegrationTest {

    @Autowired
    UserDirectory users;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void officersOfMoreAgencies() {
        TestUsers.officer(users, passwords, "officer-bdbp", "BDBP");
        TestUsers.officer(users, passwords, "officer-hoian", "UBND-HOIAN");
    }

    private static Map<String, Object> offPlanIn(int year, String... consulted) {
        Map<String, Object> body = new HashMap<>(newOffPlanDelegation(consulted));
        body.put("departureDate", year + "-03-10");
        body.put("returnDate", year + "-03-15");
        body.put("programme", List.of(Map.of("date", year + "-03-11", "place", "Osaka", "content", "Làm việc")));
        return body;
    }

    /** Created, submitted and answered by every consulted agency with AGREE. */
    private String readyForDecision(String officer, Map<String, Object> body) {
        Api.Response created = api.post(officer, "/api/v1/delegations", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        Api.Response submitted = api.post(officer, "/api/v1/delegations/" + id + "/submit", null);
        assertThat(submitted.body().path("status").asText()).isEqualTo("UNDER_CONSULTATION");
        @SuppressWarnings("unchecked")
        List<String> consulted = (List<String>) ((Map<String, Object>) body.get("offPlanCase")).get("consultedAgencies");
        for (String agency : consulted) {
            assertThat(api.post("reviewer", "/api/v1/delegations/" + id + "/consultations",
                    Map.of("agency", agency, "opinion", "AGREE", "note", "Đồng ý")).status()).isEqualTo(200);
        }
        return id;
    }

    private Api.Response approve(String id) {
        return api.post("leader", "/api/v1/delegations/" + id + "/approve", decision());
    }

    private Api.Response quota(String agency, int year) {
        return api.get("inspector", "/api/v1/quotas/" + agency + "/" + year);
    }

    @Test
    void anOffPlanDelegationCannotBeSubmittedWithoutItsDocuments() {
        Map<String, Object> noInvitation = offPlanIn(2041, "SNGV");
        noInvitation.put("offPlanCase", Map.of("reason", "Mời đột xuất", "necessity", "Cần thiết",
                "consultedAgencies", List.of("SNGV")));
        String id = api.post("officer", "/api/v1/delegations", noInvitation).id();
        Api.Response refused = api.post("officer", "/api/v1/delegations/" + id + "/submit", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("code").asText()).isEqualTo("INVITATION_LETTER_REQUIRED");

        Map<String, Object> noProposal = offPlanIn(2041, "SNGV");
        noProposal.remove("offPlanCase");
        String bare = api.post("officer", "/api/v1/delegations", noProposal).id();
        assertThat(api.post("officer", "/api/v1/delegations/" + bare + "/submit", null)
                .body().path("errors").get(0).path("code").asText()).isEqualTo("VISIT_PROPOSAL_REQUIRED");

        Map<String, Object> noProgramme = offPlanIn(2041, "SNGV");
        noProgramme.remove("programme");
        String noDays = api.post("officer", "/api/v1/delegations", noProgramme).id();
        assertThat(api.post("officer", "/api/v1/delegations/" + noDays + "/submit", null)
                .body().path("errors").get(0).path("code").asText()).isEqualTo("PROGRAMME_REQUIRED");
    }

    @Test
    void approvalWaitsForEveryConsultedAgencyAndADisagreementNeedsAnOverride() {
        String id = api.post("officer", "/api/v1/delegations", offPlanIn(2042, "SNGV", "SCT")).id();
        api.post("officer", "/api/v1/delegations/" + id + "/submit", null);
        api.post("reviewer", "/api/v1/delegations/" + id + "/consultations", Map.of("agency", "SNGV", "opinion", "AGREE"));

        Api.Response early = approve(id);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("CONSULTATION_INCOMPLETE");
        assertThat(early.body().path("detail").asText()).contains("SCT");

        Api.Response disagreement = api.post("reviewer", "/api/v1/delegations/" + id + "/consultations",
                Map.of("agency", "SCT", "opinion", "DISAGREE", "note", "Trùng với đoàn của Sở Công Thương"));
        assertThat(disagreement.body().path("consultations")).hasSize(2);
        Api.Response noOverride = approve(id);
        assertThat(noOverride.status()).isEqualTo(409);
        assertThat(noOverride.code()).isEqualTo("OVERRIDE_REASON_REQUIRED");

        Map<String, Object> overriding = new HashMap<>(decision());
        overriding.put("overrideReason", "Theo chỉ đạo của Thường trực Tỉnh ủy");
        Api.Response approved = api.post("leader", "/api/v1/delegations/" + id + "/approve", overriding);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("overrideReason").asText()).isEqualTo("Theo chỉ đạo của Thường trực Tỉnh ủy");
        assertThat(quota("SKHDT", 2042).body().path("used").asInt()).isEqualTo(1);
    }

    @Test
    void theQuotaAllowsTwoOffPlanDelegationsAYearAndACancellationGivesTheSlotBack() {
        String first = readyForDecision("officer", offPlanIn(2043, "SNGV"));
        String second = readyForDecision("officer", offPlanIn(2043, "SNGV"));
        String third = readyForDecision("officer", offPlanIn(2043, "SNGV"));
        assertThat(approve(first).status()).isEqualTo(200);
        assertThat(approve(second).status()).isEqualTo(200);

        Api.Response refused = approve(third);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("OFF_PLAN_QUOTA_EXCEEDED");
        assertThat(refused.body().path("detail").asText()).contains("SKHDT").contains("2043");
        assertThat(api.get("officer", "/api/v1/delegations/" + third).body().path("status").asText())
                .isEqualTo("UNDER_CONSULTATION");

        Api.Response full = quota("SKHDT", 2043);
        assertThat(full.body().path("limit").asInt()).isEqualTo(2);
        assertThat(full.body().path("used").asInt()).isEqualTo(2);
        assertThat(full.body().path("remaining").asInt()).isZero();
        assertThat(full.body().path("delegations").findValuesAsText("")).isEmpty();
        assertThat(full.body().path("delegations").toString()).contains(first).contains(second);

        assertThat(api.post("officer", "/api/v1/delegations/" + first + "/cancel", reason("Đối tác hủy")).status())
                .isEqualTo(200);
        Awaitility.await("the cancelled delegation's slot is given back").atMost(Duration.ofSeconds(20))
                .until(() -> quota("SKHDT", 2043).body().path("used").asInt() == 1);
        assertThat(approve(third).status()).isEqualTo(200);
        assertThat(quota("SKHDT", 2043).body().path("delegations").toString()).contains(third).doesNotContain(first);
    }

    @Test
    void anotherAgencysQuotaIsItsOwn() {
        String sct = readyForDecision("officer2", offPlanIn(2044, "SNGV"));
        assertThat(approve(sct).status()).isEqualTo(200);
        assertThat(quota("SCT", 2044).body().path("used").asInt()).isEqualTo(1);
        assertThat(quota("SKHDT", 2044).body().path("used").asInt()).isZero();
        assertThat(quota("NOPE", 2044).status()).isEqualTo(404);
        assertThat(api.get(null, "/api/v1/quotas/SCT/2044").status()).isEqualTo(401);
    }

    @Test
    void armedForcesOnBorderTasksAreExemptAndNeverCounted() {
        for (int i = 0; i < 3; i++) {
            Map<String, Object> border = offPlanIn(2045, "SNGV");
            border.put("quotaExemption", "BORDER");
            assertThat(approve(readyForDecision("officer-bdbp", border)).status()).isEqualTo(200);
        }
        assertThat(quota("BDBP", 2045).body().path("used").asInt()).isZero();

        Map<String, Object> notArmedForces = offPlanIn(2045, "SNGV");
        notArmedForces.put("quotaExemption", "SUDDEN_TASK");
        Api.Response refused = api.post("officer", "/api/v1/delegations", notArmedForces);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("code").asText()).isEqualTo("EXEMPTION_NOT_ALLOWED");
    }

    @Test
    void approvalsDuringAFreezeAreRefusedNamingItUnlessExemptAndResumeWhenLifted() {
        String hoian = readyForDecision("officer-hoian", offPlanIn(2046, "SNGV"));
        Map<String, Object> border = offPlanIn(2046, "SNGV");
        border.put("quotaExemption", "DEFENCE");
        String bdbp = readyForDecision("officer-bdbp", border);
        String inbound = api.post("officer-hoian", InboundDelegationRequests.PATH,
                InboundDelegationRequests.newInboundDelegation()).id();
        assertThat(api.post("officer-hoian", InboundDelegationRequests.PATH + "/" + inbound + "/submit", null)
                .status()).isEqualTo(200);

        Api.Response declared = api.post("admin", "/api/v1/freezes", Map.of("agencies", List.of("UBND-HOIAN", "BDBP"),
                "from", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString(),
                "reason", "Sắp xếp tổ chức bộ máy", "legalBasis", "Kết luận 127-KL/TW"));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        String freeze = declared.id();
        try {
            Api.Response frozen = approve(hoian);
            assertThat(frozen.status()).isEqualTo(409);
            assertThat(frozen.code()).isEqualTo("APPROVALS_FROZEN");
            assertThat(frozen.body().path("detail").asText()).contains(freeze).contains("Kết luận 127-KL/TW");
            assertThat(approve(bdbp).status()).as("exempt from the freeze").isEqualTo(200);
            Api.Response inboundFrozen = api.post("leader", InboundDelegationRequests.PATH + "/" + inbound + "/approve",
                    InboundDelegationRequests.approval());
            assertThat(inboundFrozen.status()).as(inboundFrozen.toString()).isEqualTo(409);
            assertThat(inboundFrozen.code()).isEqualTo("APPROVALS_FROZEN");
        } finally {
            Api.Response lifted = api.post("admin", "/api/v1/freezes/" + freeze + "/lift",
                    Map.of("reason", "Bộ máy mới đã ổn định"));
            assertThat(lifted.status()).isEqualTo(200);
        }
        assertThat(approve(hoian).status()).isEqualTo(200);
        assertThat(api.post("leader", InboundDelegationRequests.PATH + "/" + inbound + "/approve",
                InboundDelegationRequests.approval()).status()).isEqualTo(200);
        assertThat(api.get("inspector", "/api/v1/freezes").body().toString()).contains(freeze).contains("liftedOn");
    }

    @Test
    void onlyAdministratorsDeclareFreezesAndBadOnesAreFieldErrors() {
        Map<String, Object> freeze = Map.of("agencyKinds", List.of("DEPARTMENT"), "from", "2050-01-01",
                "reason", "x", "legalBasis", "y");
        for (String user : new String[] {"officer", "reviewer", "leader", "inspector"}) {
            assertThat(api.post(user, "/api/v1/freezes", freeze).status()).isEqualTo(403);
        }
        Api.Response noScope = api.post("admin", "/api/v1/freezes", Map.of("from", "2050-01-01", "reason", "x",
                "legalBasis", "y"));
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.body().path("errors").get(0).path("code").asText()).isEqualTo("FREEZE_SCOPE_REQUIRED");
        Api.Response backwards = api.post("admin", "/api/v1/freezes", Map.of("agencies", List.of("SDL"),
                "from", "2050-02-01", "until", "2050-01-01", "reason", "x", "legalBasis", "y"));
        assertThat(backwards.body().path("errors").get(0).path("field").asText()).isEqualTo("until");
        assertThat(api.post("admin", "/api/v1/freezes/no-such-freeze/lift", Map.of("reason", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void onlyReviewersAndLeadershipRecordOpinions() {
        String id = api.post("officer", "/api/v1/delegations", offPlanIn(2047, "SNGV")).id();
        api.post("officer", "/api/v1/delegations/" + id + "/submit", null);
        Map<String, Object> opinion = Map.of("agency", "SNGV", "opinion", "AGREE");
        for (String user : new String[] {"officer", "officer2", "inspector", "admin"}) {
            assertThat(api.post(user, "/api/v1/delegations/" + id + "/consultations", opinion).status()).isEqualTo(403);
        }
        Api.Response unknown = api.post("reviewer", "/api/v1/delegations/" + id + "/consultations",
                Map.of("agency", "NOPE", "opinion", "AGREE"));
        assertThat(unknown.body().path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN_AGENCY");
        Api.Response noNote = api.post("reviewer", "/api/v1/delegations/" + id + "/consultations",
                Map.of("agency", "SCT", "opinion", "DISAGREE"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body().path("errors").get(0).path("field").asText()).isEqualTo("note");
    }
}
