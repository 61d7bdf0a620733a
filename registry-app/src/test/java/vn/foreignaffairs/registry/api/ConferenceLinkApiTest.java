package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ConferenceRequests;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Conferences plug into links with their LinkableRecords bean: both pages list the link. */
class ConferenceLinkApiTest extends RegistryIntegrationTest {

    @Test
    void aDelegationAndAConferenceAreLinkedAndBothListIt() {
        String trip = createSubmitted("officer").id();
        Api.Response conference = api.post("officer", ConferenceRequests.PATH, ConferenceRequests.newConference());
        assertThat(conference.status()).as(conference.toString()).isEqualTo(201);

        Api.Response linked = api.post("officer", "/api/v1/links", Map.of(
                "from", Map.of("type", "OUTBOUND_DELEGATION", "id", trip),
                "to", Map.of("type", "CONFERENCE", "id", conference.id()),
                "relation", "PREPARES", "note", "Đoàn khảo sát chuẩn bị hội thảo"));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);

        Api.Response ofConference = api.get("leader", "/api/v1/links?type=CONFERENCE&id=" + conference.id());
        assertThat(ofConference.status()).isEqualTo(200);
        assertThat(ofConference.raw().body()).contains(trip).contains("Xúc tiến đầu tư tại Nhật Bản");

        Api.Response hidden = api.post("officer2", "/api/v1/links", Map.of(
                "from", Map.of("type", "OUTBOUND_DELEGATION", "id", createDraft("officer2").id()),
                "to", Map.of("type", "CONFERENCE", "id", conference.id()), "relation", "RELATED"));
        assertThat(hidden.status()).as("another agency's draft conference is not visible").isEqualTo(400);
    }
}
