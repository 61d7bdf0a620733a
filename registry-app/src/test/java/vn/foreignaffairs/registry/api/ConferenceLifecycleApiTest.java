package vn.foreignaffairs.registry.api;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.ConferenceRequests.DAYS_AHEAD;
import static vn.foreignaffairs.registry.support.ConferenceRequests.PATH;
import static vn.foreignaffairs.registry.support.ConferenceRequests.application;
import static vn.foreignaffairs.registry.support.ConferenceRequests.held;
import static vn.foreignaffairs.registry.support.ConferenceRequests.newConference;
import static vn.foreignaffairs.registry.support.ConferenceRequests.opinion;
import static vn.foreignaffairs.registry.support.ConferenceRequests.permit;
import static vn.foreignaffairs.registry.support.ConferenceRequests.reason;
import static vn.foreignaffairs.registry.support.ConferenceRequests.report;
import static vn.foreignaffairs.registry.support.ConferenceRequests.startingIn;
import static vn.foreignaffairs.registry.support.ConferenceRequests.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.policy.Policies;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestUsers;

/** An international conference or seminar (hội nghị, hội thảo quốc tế) from draft to report, and how it is found again. */
class ConferenceLifecycleApiTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserDirectory users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Policies policies;

    private ConferenceSteps steps;

    @BeforeEach
    void steps() {
        steps = new ConferenceSteps(api);
        // Only this test's conferences are organised by Núi Thành, whose lead time it changes.
        TestUsers.officer(users, passwords, "officer-nuithanh", "UBND-NUITHANH");
    }

    @Test
    void theOrganiserAppliesTheBodiesAreConsultedAndLeadershipPermits() {
        Api.Response created = api.post("officer", PATH, newConference());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.body().path("organiser").asText()).isEqualTo("SKHDT");
        assertThat(created.body().path("year").asInt()).isEqualTo(today().plusDays(DAYS_AHEAD).getYear());

        Api.Response applied = api.post("officer", PATH + "/" + id + "/submit", application("SNGV", "CA"),
                "If-Match", "\"1\"");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.version()).isEqualTo(2);
        assertThat(applied.body().path("status").asText()).isEqualTo("UNDER_CONSULTATION");
        assertThat(applied.body().path("submittedOn").asText()).isEqualTo(today().toString());
        assertThat(applied.body().path("requiredLeadDays").asLong()).isEqualTo(30);
        assertThat(applied.body().path("lateApplication").asBoolean()).isFalse();
        assertThat(applied.body().path("consultationDueDate").asText()).isEqualTo(today().plusDays(15).toString());
        JsonNode consultations = applied.body().path("consultations");
        assertThat(consultations).hasSize(2);
        assertThat(consultations.get(0).path("agency").asText()).isEqualTo("SNGV");
        assertThat(consultations.get(0).has("opinion")).isFalse();

        Api.Response agreed = api.post("reviewer", PATH + "/" + id + "/consultations",
                opinion("SNGV", "AGREE", "Nhất trí"), "If-Match", "\"2\"");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        JsonNode answer = agreed.body().path("consultations").get(0);
        assertThat(answer.path("opinion").asText()).isEqualTo("AGREE");
        assertThat(answer.path("note").asText()).isEqualTo("Nhất trí");
        assertThat(answer.path("answeredOn").asText()).isEqualTo(today().toString());
        assertThat(answer.path("recordedBy").asText()).isEqualTo("reviewer");
        api.post("reviewer", PATH + "/" + id + "/consultations", opinion("CA", "AGREE", null));

        Api.Response permitted = api.post("leader", PATH + "/" + id + "/permit", permit(), "If-Match", "\"4\"");
        assertThat(permitted.status()).as(permitted.toString()).isEqualTo(200);
        assertThat(permitted.body().path("status").asText()).isEqualTo("PERMITTED");
        assertThat(permitted.body().path("decision").path("number").asText()).isEqualTo("789/UBND-NV");
        assertThat(permitted.body().path("decision").path("date").asText()).isEqualTo(today().toString());
        assertThat(permitted.body().path("decision").path("signer").asText()).isNotBlank();
        assertThat(permitted.body().has("overrideReason")).isFalse();

        Api.Response read = api.get("inspector", PATH + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"5\"");
        JsonNode details = read.body().path("details");
        assertThat(details.path("title").asText()).isEqualTo("Hội thảo xúc tiến đầu tư Nhật Bản - Quảng Nam");
        assertThat(details.path("venue").asText()).isEqualTo("Trung tâm Hội nghị tỉnh, Tam Kỳ");
        assertThat(details.path("content").asText()).startsWith("Giới thiệu môi trường đầu tư");
        assertThat(details.path("startDate").asText()).isEqualTo(today().plusDays(DAYS_AHEAD).toString());
        assertThat(details.path("participants").asInt()).isEqualTo(120);
        assertThat(details.path("foreignParticipants").asInt()).isEqualTo(30);
        assertThat(details.path("foreignCountries").get(0).asText()).isEqualTo("JP");
        assertThat(details.path("foreignFunded").asBoolean()).isFalse();
        assertThat(details.path("primeMinisterPermit").asBoolean()).isFalse();
        assertThat(read.body().path("createdBy").asText()).isEqualTo("officer");
    }

    @Test
    void aLateApplicationIsPermittedWithAnOverrideThenHeldAndReported() {
        LocalDate start = today().minusDays(10);
        String id = steps.answered("officer2", startingIn(-10)).id();
        Api.Response applied = api.get("officer2", PATH + "/" + id);
        assertThat(applied.body().path("lateApplication").asBoolean()).isTrue();

        Api.Response permitted = api.post("leader", PATH + "/" + id + "/permit",
                permit("Đối tác Nhật Bản chốt lịch muộn"));
        assertThat(permitted.status()).as(permitted.toString()).isEqualTo(200);
        assertThat(permitted.body().path("overrideReason").asText()).isEqualTo("Đối tác Nhật Bản chốt lịch muộn");

        Api.Response held = api.post("officer2", PATH + "/" + id + "/held", held(start, start.plusDays(2), 95, 22),
                "If-Match", permitted.header("ETag"));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.body().path("status").asText()).isEqualTo("HELD");
        assertThat(held.body().path("actualStartDate").asText()).isEqualTo(start.toString());
        assertThat(held.body().path("actualEndDate").asText()).isEqualTo(start.plusDays(2).toString());
        assertThat(held.body().path("actualParticipants").asInt()).isEqualTo(95);
        assertThat(held.body().path("actualForeignParticipants").asInt()).isEqualTo(22);
        assertThat(held.body().path("reportDueDate").asText()).isEqualTo(start.plusDays(2 + 15).toString());

        Api.Response reported = api.post("officer2", PATH + "/" + id + "/report",
                report("Ký 3 biên bản ghi nhớ; 12 doanh nghiệp đăng ký khảo sát."), "If-Match", held.header("ETag"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.body().path("status").asText()).isEqualTo("REPORTED");
        assertThat(reported.body().path("report").path("results").asText())
                .isEqualTo("Ký 3 biên bản ghi nhớ; 12 doanh nghiệp đăng ký khảo sát.");
        assertThat(reported.body().path("report").path("filedOn").asText()).isEqualTo(today().toString());
        assertThat(reported.body().path("report").path("filedBy").asText()).isEqualTo("officer2");
    }

    @Test
    void aConferenceThePrimeMinisterPermitsNeedsTheLongerLeadTime() {
        Map<String, Object> thirtyFiveDaysAhead = startingIn(35);
        JsonNode ordinary = steps.applied("officer", thirtyFiveDaysAhead).body();
        assertThat(ordinary.path("requiredLeadDays").asLong()).isEqualTo(30);
        assertThat(ordinary.path("lateApplication").asBoolean()).isFalse();

        thirtyFiveDaysAhead.put("primeMinisterPermit", true);
        JsonNode byThePrimeMinister = steps.applied("officer", thirtyFiveDaysAhead).body();
        assertThat(byThePrimeMinister.path("requiredLeadDays").asLong()).isEqualTo(40);
        assertThat(byThePrimeMinister.path("lateApplication").asBoolean()).isTrue();
    }

    @Test
    void theLeadTimeIsTheOrganisersPolicyInForceOnTheDayItApplied() {
        setNuiThanhLeadDays(10);
        Map<String, Object> twentyDaysAhead = startingIn(20);
        String nuiThanh = steps.answered("officer-nuithanh", twentyDaysAhead).id();
        assertThat(api.get("leader", PATH + "/" + nuiThanh).body().path("lateApplication").asBoolean()).isFalse();
        assertThat(steps.applied("officer", twentyDaysAhead).body().path("lateApplication").asBoolean()).isTrue();

        // A later change of the policy does not reopen what was judged when the application was filed.
        setNuiThanhLeadDays(25);
        Api.Response permitted = api.post("leader", PATH + "/" + nuiThanh + "/permit", permit());
        assertThat(permitted.status()).as(permitted.toString()).isEqualTo(200);
        assertThat(permitted.body().path("requiredLeadDays").asLong()).isEqualTo(10);
    }

    private void setNuiThanhLeadDays(long days) {
        Api.Response changed = api.put("admin", "/api/v1/policies/" + PolicyKey.CONFERENCE_APPLICATION_LEAD_DAYS,
                Map.of("value", days, "legalSource", "Quyết định 21/QĐ-UBND", "reason", "Thí điểm cho UBND Núi Thành",
                        "agency", "UBND-NUITHANH"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Awaitility.await("the new lead time is in force").atMost(Duration.ofSeconds(20))
                .until(() -> policies.value(PolicyKey.CONFERENCE_APPLICATION_LEAD_DAYS, "UBND-NUITHANH") == days);
    }

    @Test
    void aDraftIsRevisedWithTheVersionLastRead() {
        Api.Response created = steps.draft("officer");
        Map<String, Object> revised = newConference("title", "Hội thảo đầu tư Nhật Bản 2027");
        revised.put("foreignFunded", true);
        revised.put("foreignSponsor", "JICA");
        Api.Response response = api.put("officer", PATH + "/" + created.id(), revised, "If-Match", created.header("ETag"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(2);
        assertThat(response.body().path("details").path("title").asText()).isEqualTo("Hội thảo đầu tư Nhật Bản 2027");
        assertThat(response.body().path("details").path("foreignFunded").asBoolean()).isTrue();
        assertThat(response.body().path("details").path("foreignSponsor").asText()).isEqualTo("JICA");
    }

    @Test
    void refusalAndCancellationKeepTheirReasons() {
        String refused = steps.applied("officer").id();
        Api.Response response = api.post("leader", PATH + "/" + refused + "/refuse", reason("Nội dung chưa phù hợp"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("status").asText()).isEqualTo("REFUSED");
        assertThat(response.body().path("refusalReason").asText()).isEqualTo("Nội dung chưa phù hợp");

        String cancelled = steps.permitted("officer").id();
        response = api.post("officer", PATH + "/" + cancelled + "/cancel", reason("Đối tác hoãn hội thảo"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(response.body().path("cancellationReason").asText()).isEqualTo("Đối tác hoãn hội thảo");
    }

    @Test
    void everyEventCarriesWhoActedAndWhy() throws Exception {
        String id = steps.answered("officer", startingIn(10)).id();
        api.post("leader", PATH + "/" + id + "/permit", permit("Hội thảo do Bộ chủ trì đề nghị"),
                "X-Request-Id", "req-conf-1");

        List<Document> events = database.getCollection("domainevents").find(eq("aggregateIdentifier", id))
                .sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>());
        assertThat(events).hasSize(6);
        assertThat(events.get(0).getString("type")).isEqualTo("Conference");
        assertThat(events.get(4).getString("payloadType")).endsWith("LateConferenceApplicationOverridden");
        JsonNode overridden = json.readTree(events.get(4).getString("serializedMetaData"));
        assertThat(overridden.path("actor").asText()).isEqualTo("leader");
        assertThat(overridden.path("role").asText()).isEqualTo("LEADERSHIP");
        assertThat(overridden.path("reason").asText()).isEqualTo("Hội thảo do Bộ chủ trì đề nghị");
        assertThat(overridden.path("requestId").asText()).isEqualTo("req-conf-1");
        JsonNode payload = json.readTree(events.get(4).getString("serializedPayload"));
        assertThat(payload.path("submittedOn").asText()).isEqualTo(today().toString());
        assertThat(payload.path("requiredLeadDays").asLong()).isEqualTo(30);
        assertThat(events.get(5).getString("payloadType")).endsWith("ConferencePermitted");
    }

    @Test
    void theListFiltersByOrganiserYearStatusAndForeignFundingAndPages() {
        Map<String, Object> funded = startingIn(400);
        funded.put("foreignFunded", true);
        funded.put("foreignSponsor", "Quỹ Toyota");
        String fundedId = steps.applied("officer2", funded).id();
        String notFunded = steps.applied("officer2", startingIn(400)).id();
        int year = today().plusDays(400).getYear();

        List<String> ids = new ArrayList<>();
        api.get("leader", PATH + "?organiser=SCT&year=" + year + "&status=UNDER_CONSULTATION&foreignFunded=true"
                + "&size=100").body().path("items").forEach(item -> {
                    assertThat(item.path("organiser").asText()).isEqualTo("SCT");
                    assertThat(item.path("year").asInt()).isEqualTo(year);
                    assertThat(item.path("status").asText()).isEqualTo("UNDER_CONSULTATION");
                    assertThat(item.path("details").path("foreignFunded").asBoolean()).isTrue();
                    ids.add(item.path("id").asText());
                });
        assertThat(ids).contains(fundedId).doesNotContain(notFunded);

        JsonNode notFundedPage = api.get("leader", PATH + "?organiser=SCT&foreignFunded=false&size=100").body();
        assertThat(notFundedPage.path("items").findValuesAsText("id")).contains(notFunded).doesNotContain(fundedId);

        JsonNode otherYear = api.get("leader", PATH + "?organiser=SCT&year=" + (year - 1) + "&size=100").body();
        assertThat(otherYear.path("items").findValuesAsText("id")).doesNotContain(fundedId, notFunded);

        JsonNode firstPage = api.get("leader", PATH + "?size=1&page=0").body();
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(firstPage.path("size").asInt()).isEqualTo(1);
        assertThat(firstPage.path("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode secondPage = api.get("leader", PATH + "?size=1&page=1").body();
        assertThat(secondPage.path("items").get(0).path("id").asText())
                .isNotEqualTo(firstPage.path("items").get(0).path("id").asText());
    }

    @Test
    void officersNeverSeeAnotherAgencysDrafts() {
        String draft = steps.draft("officer").id();
        assertThat(api.get("officer2", PATH + "/" + draft).status()).isEqualTo(404);
        assertThat(api.get("officer2", PATH + "?organiser=SKHDT&status=DRAFT").body().path("total").asLong()).isZero();
        assertThat(api.get("officer", PATH + "?organiser=SKHDT&status=DRAFT&size=100").body().path("items")
                .findValuesAsText("id")).contains(draft);
        assertThat(api.get("reviewer", PATH + "/" + draft).status()).isEqualTo(200);

        api.post("officer", PATH + "/" + draft + "/submit", application("SNGV"));
        assertThat(api.get("officer2", PATH + "/" + draft).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesConferences() {
        JsonNode paths = api.get("officer", "/v3/api-docs").body().path("paths");
        assertThat(paths.has(PATH)).isTrue();
        assertThat(paths.has(PATH + "/overdue-reports")).isTrue();
        assertThat(paths.has(PATH + "/overdue-consultations")).isTrue();
        for (String step : new String[] {"submit", "consultations", "permit", "refuse", "cancel", "held", "report"}) {
            assertThat(paths.has(PATH + "/{id}/" + step)).as(step).isTrue();
        }
    }
}
