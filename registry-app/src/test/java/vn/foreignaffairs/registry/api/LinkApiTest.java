package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.LinkRequests.PATH;
import static vn.foreignaffairs.registry.support.LinkRequests.end;
import static vn.foreignaffairs.registry.support.LinkRequests.link;
import static vn.foreignaffairs.registry.support.LinkRequests.linksOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.InboundSteps;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Links between records: made and removed over the API, listed on both records' pages. */
class LinkApiTest extends RegistryIntegrationTest {

    private static final String OUTBOUND = "OUTBOUND_DELEGATION";
    private static final String INBOUND = "INBOUND_DELEGATION";

    private InboundSteps inbound;

    @BeforeEach
    void steps() {
        inbound = new InboundSteps(api);
    }

    private Api.Response linked(String user, Map<String, Object> body) {
        Api.Response created = api.post(user, PATH, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    private Api.Response unlink(String user, String linkId, Object body) {
        return api.send(user, "DELETE", PATH + "/" + linkId, body);
    }

    private JsonNode linksOfTrip(String user, String id) {
        Api.Response links = api.get(user, linksOf(OUTBOUND, id));
        assertThat(links.status()).as(links.toString()).isEqualTo(200);
        return links.body();
    }

    private JsonNode linksOfVisit(String user, String id) {
        Api.Response links = api.get(user, linksOf(INBOUND, id));
        assertThat(links.status()).as(links.toString()).isEqualTo(200);
        return links.body();
    }

    private static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
    }

    private static void assertNotFoundEnd(Api.Response response, String field) {
        assertRefused(response, 400, "VALIDATION_FAILED");
        assertThat(response.body().path("errors").get(0).path("code").asText()).isEqualTo("LINKED_RECORD_NOT_FOUND");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    @Test
    void anOutboundDelegationLinkedToAnInboundOneIsListedOnBothPages() {
        String trip = createDraft("officer").id();
        String visit = inbound.draft("officer").id();

        Api.Response created = linked("officer", link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit)));
        assertThat(created.body().path("status").asText()).isEqualTo("LINKED");
        assertThat(created.body().path("linkedBy").asText()).isEqualTo("officer");
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        JsonNode ofTrip = linksOfTrip("officer", trip);
        assertThat(ofTrip.path("record").path("title").asText()).isEqualTo("Xúc tiến đầu tư tại Nhật Bản");
        assertThat(ofTrip.path("referredBy")).isEmpty();
        assertThat(ofTrip.path("refersTo")).hasSize(1);
        JsonNode toVisit = ofTrip.path("refersTo").get(0);
        assertThat(toVisit.path("linkId").asText()).isEqualTo(created.id());
        assertThat(toVisit.path("relation").asText()).isEqualTo("PREPARES");
        assertThat(toVisit.path("record").path("type").asText()).isEqualTo(INBOUND);
        assertThat(toVisit.path("record").path("id").asText()).isEqualTo(visit);
        assertThat(toVisit.path("record").path("title").asText()).isEqualTo("Đoàn KOTRA làm việc về xúc tiến đầu tư");
        assertThat(toVisit.path("note").asText()).isEqualTo("Đoàn ra chuẩn bị cho chuyến thăm đáp lễ");

        JsonNode ofVisit = linksOfVisit("officer", visit);
        assertThat(ofVisit.path("refersTo")).isEmpty();
        assertThat(ofVisit.path("referredBy")).hasSize(1);
        JsonNode fromTrip = ofVisit.path("referredBy").get(0);
        assertThat(fromTrip.path("record").path("type").asText()).isEqualTo(OUTBOUND);
        assertThat(fromTrip.path("record").path("id").asText()).isEqualTo(trip);
        assertThat(fromTrip.path("record").path("title").asText()).isEqualTo("Xúc tiến đầu tư tại Nhật Bản");

        assertThat(api.get("inspector", "/api/v1/delegations/" + trip + "/links").body()).isEqualTo(ofTrip);
        assertThat(api.get("inspector", "/api/v1/inbound-delegations/" + visit + "/links").body()).isEqualTo(ofVisit);
        assertThat(api.get("inspector", PATH + "/" + created.id()).body()).isEqualTo(created.body());
    }

    @Test
    void theSameLinkCannotBeMadeTwice() {
        String trip = createDraft("officer").id();
        String visit = inbound.draft("officer").id();
        linked("officer", link(end(OUTBOUND, trip), "RELATED", end(INBOUND, visit)));

        assertRefused(api.post("reviewer", PATH, link(end(OUTBOUND, trip), "RELATED", end(INBOUND, visit))),
                409, "ALREADY_LINKED");
        // RELATED goes both ways: the other direction is the same link.
        assertRefused(api.post("officer", PATH, link(end(INBOUND, visit), "RELATED", end(OUTBOUND, trip))),
                409, "ALREADY_LINKED");
        assertThat(linksOfTrip("officer", trip).path("refersTo")).hasSize(1);
    }

    @Test
    void unknownEndsAreRefused() {
        String trip = createDraft("officer").id();
        String visit = inbound.draft("officer").id();

        assertNotFoundEnd(api.post("officer", PATH, link(end(OUTBOUND, "no-such-trip"), "PREPARES",
                end(INBOUND, visit))), "from");
        assertNotFoundEnd(api.post("officer", PATH, link(end(OUTBOUND, trip), "PREPARES",
                end(INBOUND, "no-such-visit"))), "to");
        // An id of the wrong kind of record is not found either.
        assertNotFoundEnd(api.post("officer", PATH, link(end(OUTBOUND, trip), "PREPARES",
                end(INBOUND, trip))), "to");
        // Agreements are not linkable yet: nothing finds them.
        assertNotFoundEnd(api.post("officer", PATH, link(end(OUTBOUND, trip), "SIGNS_AGREEMENT",
                end("AGREEMENT", "mou-izumisano"))), "to");
        // Another agency's draft is not found by an officer.
        assertNotFoundEnd(api.post("officer2", PATH, link(end(OUTBOUND, trip), "PREPARES",
                end(INBOUND, visit))), "from");
        assertThat(linksOfTrip("officer", trip).path("refersTo")).isEmpty();
    }

    @Test
    void aRelationThatDoesNotFitTheEndsIsRefused() {
        String trip = createDraft("officer").id();
        String visit = inbound.draft("officer").id();

        Api.Response refused = api.post("officer", PATH, link(end(OUTBOUND, trip), "VISIT_BY_DONOR",
                end(INBOUND, visit)));

        assertRefused(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.body().path("errors").get(0).path("code").asText()).isEqualTo("RELATION_NOT_ALLOWED");
        assertRefused(api.post("officer", PATH, link(end(OUTBOUND, trip), "RELATED", end(OUTBOUND, trip))),
                400, "VALIDATION_FAILED");
    }

    @Test
    void anOfficerOfAnotherAgencyCannotLinkFromItsRecords() {
        String trip = createSubmitted("officer").id();
        String visit = inbound.submitted("officer2").id();

        assertRefused(api.post("officer2", PATH, link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit))),
                403, "NOT_OWN_AGENCY");
        // From its own record to another agency's submitted one is fine.
        linked("officer2", link(end(INBOUND, visit), "FOLLOWS_UP", end(OUTBOUND, trip)));
        assertThat(linksOfTrip("officer", trip).path("referredBy")).hasSize(1);
    }

    @Test
    void reviewersAndLeadershipLinkAnyRecords() {
        String trip = createSubmitted("officer").id();
        String visit = inbound.submitted("officer2").id();

        linked("reviewer", link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit)));
        linked("leader", link(end(INBOUND, visit), "FOLLOWS_UP", end(OUTBOUND, trip)));

        JsonNode ofTrip = linksOfTrip("inspector", trip);
        assertThat(ofTrip.path("refersTo")).hasSize(1);
        assertThat(ofTrip.path("referredBy")).hasSize(1);
    }

    @Test
    void inspectorsAndAdministratorsCannotLinkOrUnlink() {
        String trip = createSubmitted("officer").id();
        String visit = inbound.submitted("officer").id();
        String linkId = linked("officer", link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit))).id();

        for (String user : new String[] {"inspector", "admin"}) {
            assertRefused(api.post(user, PATH, link(end(INBOUND, visit), "RELATED", end(OUTBOUND, trip))),
                    403, "FORBIDDEN");
            assertRefused(unlink(user, linkId, Map.of("reason", "x")), 403, "FORBIDDEN");
            assertRefused(api.post(user, PATH + "/" + linkId + "/remove", Map.of("reason", "x")), 403, "FORBIDDEN");
            assertThat(linksOfTrip(user, trip).path("refersTo")).hasSize(1);
        }
    }

    @Test
    void unlinkingRemovesTheLinkFromBothLists() {
        String trip = createDraft("officer").id();
        String visit = inbound.draft("officer").id();
        String linkId = linked("officer", link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit))).id();

        Api.Response removed = unlink("officer", linkId, Map.of("reason", "Nhầm đoàn"));

        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.body().path("status").asText()).isEqualTo("UNLINKED");
        assertThat(removed.body().path("unlinkReason").asText()).isEqualTo("Nhầm đoàn");
        assertThat(removed.body().path("unlinkedBy").asText()).isEqualTo("officer");
        assertThat(linksOfTrip("officer", trip).path("refersTo")).isEmpty();
        assertThat(linksOfVisit("officer", visit).path("referredBy")).isEmpty();
        assertRefused(unlink("officer", linkId, Map.of("reason", "lần nữa")), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void aRemovedLinkMayBeMadeAgainAndRemovedByPost() {
        String trip = createDraft("officer").id();
        String visit = inbound.draft("officer").id();
        Map<String, Object> body = link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit));
        String linkId = linked("officer", body).id();
        assertThat(unlink("officer", linkId, Map.of("reason", "Nhầm đoàn")).status()).isEqualTo(200);

        Api.Response again = linked("officer", body);
        assertThat(again.id()).isEqualTo(linkId);
        assertThat(again.version()).isEqualTo(3);
        assertThat(linksOfVisit("officer", visit).path("referredBy")).hasSize(1);

        Api.Response removed = api.post("officer", PATH + "/" + linkId + "/remove", Map.of("reason", "Hủy chuyến"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(linksOfVisit("officer", visit).path("referredBy")).isEmpty();
    }

    @Test
    void unlinkingNeedsAReasonAndTheOwnAgency() {
        String trip = createSubmitted("officer").id();
        String visit = inbound.submitted("officer").id();
        String linkId = linked("officer", link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit))).id();

        assertRefused(unlink("officer", linkId, Map.of("reason", " ")), 400, "VALIDATION_FAILED");
        assertRefused(unlink("officer2", linkId, Map.of("reason", "Không liên quan")), 403, "NOT_OWN_AGENCY");
        assertRefused(unlink("officer", "no-such-link", Map.of("reason", "x")), 404, "NOT_FOUND");
        assertThat(linksOfTrip("officer", trip).path("refersTo")).hasSize(1);
    }

    @Test
    void anOfficerSeesNoLinkToAnotherAgencysDraft() {
        String trip = createSubmitted("officer2").id();
        String visit = inbound.draft("officer").id();
        linked("reviewer", link(end(OUTBOUND, trip), "PREPARES", end(INBOUND, visit)));

        assertThat(linksOfTrip("officer2", trip).path("refersTo")).isEmpty();
        assertThat(linksOfTrip("reviewer", trip).path("refersTo")).hasSize(1);
        assertRefused(api.get("officer2", linksOf(INBOUND, visit)), 404, "NOT_FOUND");
    }

    @Test
    void aRecordThatIsNotThereHasNoLinksPage() {
        assertRefused(api.get("leader", linksOf(OUTBOUND, "no-such-trip")), 404, "NOT_FOUND");
        assertRefused(api.get("leader", linksOf("TREATY", "x")), 400, "VALIDATION_FAILED");
        assertRefused(api.get("leader", PATH + "?type=" + OUTBOUND), 400, "VALIDATION_FAILED");
    }
}
