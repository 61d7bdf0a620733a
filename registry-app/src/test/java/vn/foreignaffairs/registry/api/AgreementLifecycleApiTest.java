package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.PATH;
import static vn.foreignaffairs.registry.support.AgreementRequests.consultation;
import static vn.foreignaffairs.registry.support.AgreementRequests.decision;
import static vn.foreignaffairs.registry.support.AgreementRequests.entryIntoForce;
import static vn.foreignaffairs.registry.support.AgreementRequests.implementationReport;
import static vn.foreignaffairs.registry.support.AgreementRequests.opinion;
import static vn.foreignaffairs.registry.support.AgreementRequests.proposal;
import static vn.foreignaffairs.registry.support.AgreementRequests.signing;
import static vn.foreignaffairs.registry.support.AgreementRequests.signingReport;
import static vn.foreignaffairs.registry.support.AgreementSteps.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.calendar.HolidayCalendar;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;

/** An international agreement's life over HTTP, from proposal to its end, and its transfer. */
class AgreementLifecycleApiTest extends RegistryIntegrationTest {

    private static final LocalDate TODAY = ProvinceTime.today();

    @Autowired
    private HolidayCalendar calendar;

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    private AgreementSteps steps;
    private TestAgencies agencies;

    @BeforeEach
    void steps() {
        steps = new AgreementSteps(api);
        agencies = new TestAgencies(api, users, passwords);
    }

    @Test
    void fromProposalToTermination() {
        LocalDate asked = TODAY.minusDays(60);
        Api.Response proposed = api.post("officer", PATH, proposal());
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.id();
        assertThat(proposed.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(proposed.header("ETag")).isEqualTo("\"1\"");
        assertThat(proposed.body().path("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.body().path("signingBody").asText()).isEqualTo("SKHDT");
        assertThat(proposed.body().path("createdBy").asText()).isEqualTo("officer");
        assertThat(proposed.body().path("details").path("kind").asText()).isEqualTo("FRIENDSHIP_AGREEMENT");

        Api.Response consulting = api.post("officer", PATH + "/" + id + "/consultation-requests",
                consultation(asked, "SNGV", "CA"), "If-Match", "\"1\"");
        assertThat(consulting.status()).as(consulting.toString()).isEqualTo(200);
        assertThat(consulting.body().path("status").asText()).isEqualTo("UNDER_CONSULTATION");
        JsonNode consultations = consulting.body().path("consultations");
        assertThat(consultations).hasSize(2);
        assertThat(consultations.get(0).path("agency").asText()).isEqualTo("SNGV");
        assertThat(consultations.get(0).path("requestedOn").asText()).isEqualTo(asked.toString());
        // seven working days of Viet Nam's calendar (Law 70/2020 art. 19)
        assertThat(consultations.get(0).path("answerDue").asText())
                .isEqualTo(calendar.addWorkingDays("VN", asked, 7).toString());

        expect(api.post("reviewer", PATH + "/" + id + "/consultations", opinion("SNGV", "AGREE", asked.plusDays(2))),
                200);
        Api.Response answered = expect(api.post("reviewer", PATH + "/" + id + "/consultations",
                opinion("CA", "DISAGREE", asked.plusDays(3))), 200);
        assertThat(answered.body().path("consultations").get(1).path("opinion").asText()).isEqualTo("DISAGREE");
        assertThat(answered.body().path("consultations").get(1).path("note").asText()).isNotBlank();

        Api.Response approved = expect(api.post("leader", PATH + "/" + id + "/approve",
                Map.of("decisionNumber", "120/QĐ-UBND", "decisionDate", asked.plusDays(10).toString(),
                        "overrideReason", "Đã tiếp thu ý kiến Công an tỉnh")), 200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("approval").path("number").asText()).isEqualTo("120/QĐ-UBND");
        assertThat(approved.body().path("approval").path("signer").asText()).isEqualTo("Phạm Quốc Dũng");
        assertThat(approved.body().path("overriddenAgencies").get(0).asText()).isEqualTo("CA");

        LocalDate signedOn = asked.plusDays(20);
        Api.Response signed = expect(api.post("officer", PATH + "/" + id + "/sign", signing(signedOn)), 200);
        assertThat(signed.body().path("status").asText()).isEqualTo("SIGNED");
        assertThat(signed.body().path("signing").path("place").asText()).isEqualTo("Izumisano, Osaka");
        assertThat(signed.body().path("signing").path("signatories")).hasSize(2);
        assertThat(signed.body().path("signingReportDue").asText()).isEqualTo(signedOn.plusDays(15).toString());

        Api.Response reported = expect(api.post("officer", PATH + "/" + id + "/report-to-government",
                signingReport("45/BC-SKHDT", signedOn.plusDays(7))), 200);
        assertThat(reported.body().path("signingReport").path("documentNumber").asText()).isEqualTo("45/BC-SKHDT");

        LocalDate inForceFrom = signedOn.plusDays(5);
        Api.Response inForce = expect(api.post("officer", PATH + "/" + id + "/enter-into-force",
                entryIntoForce(inForceFrom)), 200);
        assertThat(inForce.body().path("status").asText()).isEqualTo("IN_FORCE");
        assertThat(inForce.body().path("inForceFrom").asText()).isEqualTo(inForceFrom.toString());
        assertThat(inForce.body().path("lastDay").asText()).isEqualTo(inForceFrom.plusYears(5).minusDays(1).toString());

        Api.Response report = expect(api.post("officer", PATH + "/" + id + "/implementation-reports",
                implementationReport("Quý I", inForceFrom.plusDays(10))), 200);
        assertThat(report.body().path("implementationReports")).hasSize(1);
        assertThat(report.body().path("lastImplementationReportOn").asText())
                .isEqualTo(inForceFrom.plusDays(10).toString());

        LocalDate decided = TODAY.minusDays(3);
        Api.Response amended = expect(api.post("leader", PATH + "/" + id + "/amend", Map.of(
                "decisionNumber", "200/QĐ-UBND", "decisionDate", decided.toString(),
                "summary", "Bổ sung lĩnh vực nông nghiệp", "fieldsOfCooperation", List.of("Du lịch", "Nông nghiệp"))),
                200);
        assertThat(amended.body().path("details").path("fieldsOfCooperation")).hasSize(2);
        assertThat(amended.body().path("decisions").get(0).path("kind").asText()).isEqualTo("AMENDMENT");

        LocalDate newLastDay = inForceFrom.plusYears(10).minusDays(1);
        Api.Response extended = expect(api.post("leader", PATH + "/" + id + "/extend", Map.of(
                "decisionNumber", "201/QĐ-UBND", "decisionDate", decided.toString(),
                "newLastDay", newLastDay.toString())), 200);
        assertThat(extended.body().path("lastDay").asText()).isEqualTo(newLastDay.toString());

        Api.Response suspended = expect(api.post("leader", PATH + "/" + id + "/suspend",
                decision("202/QĐ-UBND", decided, "reason", "Đối tác tạm dừng hợp tác")), 200);
        assertThat(suspended.body().path("status").asText()).isEqualTo("SUSPENDED");
        Api.Response resumed = expect(api.post("leader", PATH + "/" + id + "/resume",
                decision("203/QĐ-UBND", decided)), 200);
        assertThat(resumed.body().path("status").asText()).isEqualTo("IN_FORCE");

        Api.Response terminated = expect(api.post("leader", PATH + "/" + id + "/terminate",
                decision("204/QĐ-UBND", TODAY, "reason", "Hai bên thỏa thuận chấm dứt")), 200);
        assertThat(terminated.body().path("status").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.body().path("endReason").asText()).isEqualTo("Hai bên thỏa thuận chấm dứt");
        List<String> kinds = terminated.body().path("decisions").findValuesAsText("kind");
        assertThat(kinds).containsExactly("AMENDMENT", "EXTENSION", "SUSPENSION", "RESUMPTION", "TERMINATION");
        assertThat(terminated.header("ETag")).isEqualTo("\"" + terminated.version() + "\"");
        assertThat(terminated.version()).isEqualTo(14);
    }

    @Test
    void leadershipRefusesAProposal() {
        String id = steps.underConsultation("officer", proposal(), TODAY.minusDays(2));
        Api.Response refused = expect(api.post("leader", PATH + "/" + id + "/refuse",
                Map.of("reason", "Đối tác chưa đủ năng lực")), 200);
        assertThat(refused.body().path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.body().path("refusalReason").asText()).isEqualTo("Đối tác chưa đủ năng lực");
    }

    @Test
    void leadershipWithdrawsFromASignedAgreement() {
        String id = steps.signed("officer", proposal(), TODAY.minusDays(1));
        Api.Response withdrawn = expect(api.post("leader", PATH + "/" + id + "/withdraw",
                decision(AgreementSteps.uniqueNumber(), TODAY, "reason", "Đối tác giải thể")), 200);
        assertThat(withdrawn.body().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body().path("decisions").get(0).path("kind").asText()).isEqualTo("WITHDRAWAL");
    }

    @Test
    void theConsultationDeadlineFollowsTheSigningBodysPolicy() {
        String agency = agencies.register("SGD", "DEPARTMENT");
        expect(api.put("admin", "/api/v1/policies/AGREEMENT_CONSULTATION_WORKING_DAYS", Map.of("value", 3,
                "legalSource", "Quyết định thí điểm", "reason", "Rút ngắn thời hạn", "agency", agency)), 200);
        LocalDate asked = TODAY.minusDays(1);

        String id = steps.underConsultation(agencies.officerOf(agency), proposal("signingBody", agency), asked);

        assertThat(steps.read(id).path("consultations").get(0).path("answerDue").asText())
                .isEqualTo(calendar.addWorkingDays("VN", asked, 3).toString());
    }

    @Test
    void theAgreementsOfADissolvedDistrictCommitteePassToTheProvincialCommittee() {
        String district = agencies.register("UBND-H", "DISTRICT_COMMITTEE");
        String province = agencies.register("UBND-T", "PROVINCIAL_COMMITTEE");
        String districtOfficer = agencies.officerOf(district);
        String id = steps.inForce(districtOfficer, proposal("signingBody", district), TODAY.minusDays(30));
        Map<String, Object> transfer = Map.of("toAgency", province, "decisionNumber", "1500/QĐ-UBND",
                "decisionDate", TODAY.toString());

        Api.Response tooEarly = api.post("admin", PATH + "/" + id + "/transfer", transfer);
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.code()).isEqualTo("TRANSFER_NOT_ALLOWED");

        expect(api.post("admin", "/api/v1/agencies/" + district + "/dissolve", Map.of("effectiveDate",
                "2025-07-01", "decisionReference", "1236/QĐ-UBND", "reason", "Không tổ chức cấp huyện")), 200);
        Api.Response toADepartment = api.post("admin", PATH + "/" + id + "/transfer",
                Map.of("toAgency", "SKHDT", "decisionNumber", "1500/QĐ-UBND", "decisionDate", TODAY.toString()));
        assertThat(toADepartment.status()).as(toADepartment.toString()).isEqualTo(409);
        assertThat(toADepartment.code()).isEqualTo("TRANSFER_NOT_ALLOWED");

        Api.Response transferred = expect(api.post("admin", PATH + "/" + id + "/transfer", transfer), 200);
        assertThat(transferred.body().path("signingBody").asText()).isEqualTo(province);
        assertThat(transferred.body().path("formerSigningBodies").get(0).asText()).isEqualTo(district);
        JsonNode decision = transferred.body().path("decisions").get(0);
        assertThat(decision.path("kind").asText()).isEqualTo("TRANSFER");
        assertThat(decision.path("decision").path("number").asText()).isEqualTo("1500/QĐ-UBND");
        assertThat(transferred.body().path("status").asText()).isEqualTo("IN_FORCE");

        // reachable under both bodies; only the provincial committee's officers act on it now
        for (String body : List.of(district, province)) {
            JsonNode page = api.get("leader", PATH + "?signingBody=" + body).body();
            assertThat(page.path("items").findValuesAsText("id")).containsExactly(id);
        }
        Api.Response byFormer = api.post(districtOfficer, PATH + "/" + id + "/implementation-reports",
                implementationReport("Năm 2025", TODAY));
        assertThat(byFormer.status()).as(byFormer.toString()).isEqualTo(403);
        assertThat(byFormer.code()).isEqualTo("NOT_OWN_AGENCY");
        expect(api.post(agencies.officerOf(province), PATH + "/" + id + "/implementation-reports",
                implementationReport("Năm 2025", TODAY)), 200);
    }
}
