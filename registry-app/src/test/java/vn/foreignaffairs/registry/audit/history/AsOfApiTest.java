package vn.foreignaffairs.registry.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.PATH;
import static vn.foreignaffairs.registry.support.AgreementRequests.consultation;
import static vn.foreignaffairs.registry.support.AgreementRequests.decision;
import static vn.foreignaffairs.registry.support.AgreementRequests.opinion;
import static vn.foreignaffairs.registry.support.AgreementRequests.proposal;
import static vn.foreignaffairs.registry.support.AgreementSteps.expect;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.AidRequestBodies;
import vn.foreignaffairs.registry.support.DelegationRequests;
import vn.foreignaffairs.registry.support.RecordTimeline;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * {@code ?asOf=} answers a record as it stood at an instant, rebuilt from its events: not found
 * before it was created, then after each step the state and version of that step.
 */
class AsOfApiTest extends RegistryIntegrationTest {

    private static final String DELEGATIONS = "/api/v1/delegations/";

    private RecordTimeline timeline;

    @BeforeEach
    void timeline() {
        timeline = new RecordTimeline(api);
    }

    @Test
    void aDelegationAsItStoodAfterEachStepOfItsLife() {
        String id = createDraft("officer").id();
        Instant drafted = timeline.latest("delegation", id);
        expect(api.post("officer", DELEGATIONS + id + "/submit", null), 200);
        Instant submitted = timeline.latest("delegation", id);
        expect(api.post("leader", DELEGATIONS + id + "/approve", DelegationRequests.decision()), 200);
        Instant approved = timeline.latest("delegation", id);
        expect(api.post("reviewer", DELEGATIONS + id + "/cancel", reason("Đối tác hoãn chương trình")), 200);
        Instant cancelled = timeline.latest("delegation", id);

        var before = api.get("inspector", DELEGATIONS + id + "?asOf=" + timeline.beforeCreation("delegation", id));
        assertThat(before.status()).as(before.toString()).isEqualTo(404);
        assertThat(before.code()).isEqualTo("NOT_FOUND");

        assertState(DELEGATIONS + id, drafted, "DRAFT", 1);
        assertState(DELEGATIONS + id, submitted, "SUBMITTED", 2);
        JsonNode atApproval = assertState(DELEGATIONS + id, approved, "APPROVED", 3);
        assertThat(atApproval.path("decision").path("number").asText()).isNotBlank();
        assertThat(atApproval.path("cancellationReason").asText("")).isIn("", "null");
        JsonNode atCancellation = assertState(DELEGATIONS + id, cancelled, "CANCELLED", 4);
        assertThat(atCancellation.path("cancellationReason").asText()).isEqualTo("Đối tác hoãn chương trình");
    }

    @Test
    void thePastStateHasTheShapeOfTheCurrentOne() {
        String id = createApproved("officer").id();
        Instant now = timeline.latest("delegation", id);
        JsonNode current = expect(api.get("inspector", DELEGATIONS + id), 200).body();
        JsonNode past = expect(api.get("inspector", DELEGATIONS + id + "?asOf=" + now), 200).body();
        // warnings are advice computed when read, so a past state is shown without them
        ((ObjectNode) current).remove("warnings");
        ((ObjectNode) past).remove("warnings");
        assertThat(past).isEqualTo(current);
    }

    @Test
    void anAgreementAsItStoodAfterEachStep() {
        LocalDate today = ProvinceTime.today();
        String id = expect(api.post("officer", PATH, proposal()), 201).id();
        Instant proposed = timeline.latest("agreement", id);
        expect(api.post("officer", PATH + "/" + id + "/consultation-requests",
                consultation(today.minusDays(5), "SNGV")), 200);
        Instant sent = timeline.latest("agreement", id);
        expect(api.post("reviewer", PATH + "/" + id + "/consultations",
                opinion("SNGV", "AGREE", today.minusDays(2))), 200);
        Instant answered = timeline.latest("agreement", id);
        expect(api.post("leader", PATH + "/" + id + "/approve", decision(AgreementSteps.uniqueNumber(), today)), 200);
        Instant approved = timeline.latest("agreement", id);

        assertThat(api.get("inspector", PATH + "/" + id + "?asOf=" + timeline.beforeCreation("agreement", id)).status())
                .isEqualTo(404);
        String proposedStatus = assertState(PATH + "/" + id, proposed, null, 1).path("status").asText();
        String sentStatus = assertState(PATH + "/" + id, sent, null, 2).path("status").asText();
        JsonNode atAnswer = assertState(PATH + "/" + id, answered, null, 3);
        assertThat(atAnswer.path("consultations").size()).isEqualTo(1);
        String approvedStatus = assertState(PATH + "/" + id, approved, "APPROVED", 4).path("status").asText();
        assertThat(List.of(proposedStatus, sentStatus, approvedStatus)).doesNotHaveDuplicates();
        assertThat(expect(api.get("inspector", PATH + "/" + id), 200).body().path("status").asText())
                .isEqualTo(approvedStatus);
    }

    @Test
    void inboundDelegationsAndDonorsAnswerAsOfToo() {
        String inbound = TestRecords.inboundDraft(api);
        var donor = api.post("officer", AidRequestBodies.DONORS, AidRequestBodies.donor("Quỹ Thử nghiệm", "FOREIGN_NGO",
                "JP", AidRequestBodies.permit("P-1", "2025-01-01", "2030-12-31")));
        assertThat(donor.status()).as(donor.toString()).isEqualTo(201);
        Map<String, String> records = Map.of("inbound-delegation", inbound, "donor", donor.id());
        Map<String, String> paths = Map.of("inbound-delegation", "/api/v1/inbound-delegations/" + inbound,
                "donor", AidRequestBodies.DONORS + "/" + donor.id());
        records.forEach((type, id) -> {
            var response = api.get("inspector", paths.get(type) + "?asOf=" + timeline.latest(type, id));
            assertThat(response.status()).as(type + " " + response).isEqualTo(200);
            assertThat(response.body().path("version").asLong()).as(type).isEqualTo(1);
            assertThat(response.body().path("id").asText()).as(type).isEqualTo(id);
            assertThat(api.get("inspector", paths.get(type) + "?asOf=" + timeline.beforeCreation(type, id)).status())
                    .as(type).isEqualTo(404);
        });
    }

    @Test
    void anInstantWithAnOffsetIsUnderstood() {
        String id = createDraft("officer").id();
        Instant drafted = timeline.latest("delegation", id);
        String withOffset = drafted.atOffset(ZoneOffset.ofHours(7)).toString();
        var response = api.get("inspector", DELEGATIONS + id + "?asOf=" + URLEncoder.encode(withOffset,
                StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void anUnreadableInstantIsABadRequest() {
        String id = createDraft("officer").id();
        var response = api.get("inspector", DELEGATIONS + id + "?asOf=yesterday");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
    }

    @Test
    void anOfficerStillSeesNoOtherAgencysDraftInThePast() {
        String id = createDraft("officer").id();
        Instant drafted = timeline.latest("delegation", id);
        assertThat(api.get("officer2", DELEGATIONS + id + "?asOf=" + drafted).status()).isEqualTo(404);
        assertThat(api.get("officer", DELEGATIONS + id + "?asOf=" + drafted).status()).isEqualTo(200);
        assertThat(api.get(null, DELEGATIONS + id + "?asOf=" + drafted).status()).isEqualTo(401);
    }

    @Test
    void anUnknownRecordIsNotFoundAtAnyInstant() {
        var response = api.get("inspector", DELEGATIONS + "00000000-0000-0000-0000-000000000000?asOf="
                + Instant.now());
        assertThat(response.status()).isEqualTo(404);
    }

    private JsonNode assertState(String path, Instant asOf, String status, long version) {
        var response = api.get("inspector", path + "?asOf=" + asOf);
        assertThat(response.status()).as(asOf + " " + response).isEqualTo(200);
        if (status != null) {
            assertThat(response.body().path("status").asText()).as(asOf.toString()).isEqualTo(status);
        }
        assertThat(response.body().path("version").asLong()).as(asOf.toString()).isEqualTo(version);
        assertThat(response.header("ETag")).isEqualTo("\"" + version + "\"");
        return response.body();
    }

    /** Records of other kinds, made with the test helpers that exist for them. */
    static final class TestRecords {
        static String inboundDraft(vn.foreignaffairs.registry.support.Api api) {
            var created = api.post("officer", "/api/v1/inbound-delegations",
                    vn.foreignaffairs.registry.support.InboundDelegationRequests.newInboundDelegation());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.id();
        }
    }
}
