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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.support.AgreementSteps;
import vn.foreignaffairs.registry.support.AidRequestBodies;
import vn.foreignaffairs.registry.support.DelegationRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * {@code ?asOf=} answers a record as it stood at an instant, rebuilt from its events: not found
 * before it was created, then after each step the state and version of that step.
 */
class AsOfApiTest extends RegistryIntegrationTest {

    private static final String DELEGATIONS = "/api/v1/delegations/";

    @Test
    void aDelegationAsItStoodAfterEachStepOfItsLife() throws InterruptedException {
        Instant beforeCreation = pause();
        String id = createDraft("officer").id();
        Instant drafted = pause();
        expect(api.post("officer", DELEGATIONS + id + "/submit", null), 200);
        Instant submitted = pause();
        expect(api.post("leader", DELEGATIONS + id + "/approve", DelegationRequests.decision()), 200);
        Instant approved = pause();
        expect(api.post("reviewer", DELEGATIONS + id + "/cancel", reason("Đối tác hoãn chương trình")), 200);
        Instant cancelled = pause();

        var before = api.get("inspector", DELEGATIONS + id + "?asOf=" + beforeCreation);
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
    void thePastStateHasTheShapeOfTheCurrentOne() throws InterruptedException {
        String id = createApproved("officer").id();
        Instant now = pause();
        JsonNode current = expect(api.get("inspector", DELEGATIONS + id), 200).body();
        JsonNode past = expect(api.get("inspector", DELEGATIONS + id + "?asOf=" + now), 200).body();
        // warnings are advice computed when read, so a past state is shown without them
        ((ObjectNode) current).remove("warnings");
        ((ObjectNode) past).remove("warnings");
        assertThat(past).isEqualTo(current);
    }

    @Test
    void theTripOfADelegationAsItStood() throws InterruptedException {
        String id = createApproved("officer").id();
        Instant approved = pause();
        var trip = api.get("inspector", DELEGATIONS + id + "/trip?asOf=" + approved);
        assertThat(trip.status()).as(trip.toString()).isEqualTo(200);
        assertThat(trip.body().path("id").asText()).isEqualTo(id);
    }

    @Test
    void anAgreementAsItStoodAfterEachStep() throws InterruptedException {
        LocalDate today = ProvinceTime.today();
        Instant beforeProposal = pause();
        String id = expect(api.post("officer", PATH, proposal()), 201).id();
        Instant proposed = pause();
        expect(api.post("officer", PATH + "/" + id + "/consultation-requests",
                consultation(today.minusDays(5), "SNGV")), 200);
        Instant sent = pause();
        expect(api.post("reviewer", PATH + "/" + id + "/consultations",
                opinion("SNGV", "AGREE", today.minusDays(2))), 200);
        Instant answered = pause();
        expect(api.post("leader", PATH + "/" + id + "/approve", decision(AgreementSteps.uniqueNumber(), today)), 200);
        Instant approved = pause();

        assertThat(api.get("inspector", PATH + "/" + id + "?asOf=" + beforeProposal).status()).isEqualTo(404);
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
    void otherRecordsAnswerAsOfToo() throws InterruptedException {
        Instant now = pause();
        List<String> paths = new ArrayList<>(List.of("/api/v1/agencies/SKHDT", "/api/v1/plans/SKHDT/2027"));
        String inbound = TestRecords.inboundDraft(api);
        paths.add("/api/v1/inbound-delegations/" + inbound);
        var donor = api.post("officer", AidRequestBodies.DONORS, AidRequestBodies.donor("Quỹ Thử nghiệm", "FOREIGN_NGO",
                "JP", AidRequestBodies.permit("P-1", "2025-01-01", "2030-12-31")));
        assertThat(donor.status()).as(donor.toString()).isEqualTo(201);
        paths.add(AidRequestBodies.DONORS + "/" + donor.id());
        Instant later = pause();
        for (String path : paths) {
            var response = api.get("inspector", path + "?asOf=" + later);
            assertThat(response.status()).as(path + " " + response).isEqualTo(200);
            assertThat(response.body().path("version").asLong()).as(path).isPositive();
        }
        assertThat(api.get("inspector", "/api/v1/inbound-delegations/" + inbound + "?asOf=" + now).status())
                .isEqualTo(404);
        assertThat(api.get("inspector", AidRequestBodies.DONORS + "/" + donor.id() + "?asOf=" + now).status())
                .isEqualTo(404);
    }

    @Test
    void anInstantWithAnOffsetIsUnderstood() throws InterruptedException {
        String id = createDraft("officer").id();
        Instant drafted = pause();
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
    void anOfficerStillSeesNoOtherAgencysDraftInThePast() throws InterruptedException {
        String id = createDraft("officer").id();
        Instant drafted = pause();
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

    /** An instant strictly between the step just done and the next one. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(15);
        Instant now = Instant.now();
        Thread.sleep(15);
        return now;
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
