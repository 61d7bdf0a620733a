package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.api.audit.LedgerHead;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Head, verification, proof and audit search over HTTP, with who may call them. */
class LedgerApiTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase live;

    @Autowired
    AuditLedger ledger;

    @BeforeEach
    void ledgerCaughtUp() {
        LedgerCopies.awaitLedgerCaughtUp(live);
    }

    @Test
    void theHeadIsTheLastChainedEvent() {
        String id = createSubmitted("officer").id();
        LedgerCopies.awaitLedgerCaughtUp(live);

        Api.Response head = api.get("inspector", "/api/v1/audit/ledger/head");

        assertThat(head.status()).as(head.toString()).isEqualTo(200);
        assertThat(head.body().path("position").asLong()).isEqualTo(live.getCollection("audit_ledger").countDocuments());
        assertThat(head.body().path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(head.body().path("at").asText()).isNotBlank();
        assertThat(ledger.head().hash()).isEqualTo(head.body().path("hash").asText());
        String submittedEvent = live.getCollection("domainevents")
                .find(new org.bson.Document("aggregateIdentifier", id).append("sequenceNumber", 1L)).first()
                .getString("eventIdentifier");
        assertThat(ledger.hashOf(submittedEvent)).isPresent();
        assertThat(ledger.hashOf("no-such-event")).isEmpty();
        for (String user : new String[] {"admin", "leader"}) {
            assertThat(api.get(user, "/api/v1/audit/ledger/head").status()).isEqualTo(200);
        }
    }

    @Test
    void verificationOverHttpAnswersOkWithTheHead() {
        createSubmitted("officer");
        LedgerCopies.awaitLedgerCaughtUp(live);

        Api.Response verified = api.post("inspector", "/api/v1/audit/verify", null);

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.body().path("status").asText()).as(verified.toString()).isEqualTo("OK");
        assertThat(verified.body().path("head").path("position").asLong()).isPositive();
        assertThat(verified.body().path("head").path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(verified.body().path("unchainedCount").asLong()).isZero();
        assertThat(verified.body().path("explanation").asText()).isNotBlank();
        assertThat(api.post("admin", "/api/v1/audit/verify", null).status()).isEqualTo(200);
    }

    @Test
    void aBreakIsReportedOverHttpWithItsPositionKindAndEvent() {
        String id = createSubmitted("officer").id();
        LedgerCopies.awaitLedgerCaughtUp(live);
        LedgerHead head = ledger.head();
        MongoCollection<Document> events = live.getCollection(StoredEvents.COLLECTION);
        Document submitted = LedgerCopies.storedEvent(live, id, 1);
        long position = LedgerCopies.positionOf(live, submitted.getString(StoredEvents.EVENT_ID));
        String payload = submitted.getString(StoredEvents.PAYLOAD);
        events.updateOne(eq("_id", submitted.get("_id")), set(StoredEvents.PAYLOAD, payload + " "));
        try {
            Api.Response verified = api.post("inspector", "/api/v1/audit/verify", null);

            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            JsonNode body = verified.body();
            assertThat(body.path("status").asText()).as(body.toString()).isEqualTo("BROKEN");
            assertThat(body.path("head").path("position").asLong()).isEqualTo(position - 1);
            assertThat(body.path("checkedEntries").asLong()).isEqualTo(position - 1);
            JsonNode broken = body.path("firstBreak");
            assertThat(broken.path("position").asLong()).isEqualTo(position);
            assertThat(broken.path("kind").asText()).isEqualTo("CHANGED");
            assertThat(broken.path("eventId").asText()).isEqualTo(submitted.getString(StoredEvents.EVENT_ID));
            assertThat(broken.path("recordType").asText()).isEqualTo("Delegation");
            assertThat(broken.path("recordId").asText()).isEqualTo(id);
            assertThat(broken.path("sequence").asLong()).isEqualTo(1);
            assertThat(body.path("explanation").asText()).contains("breaks at position " + position);

            Api.Response proof = api.get("inspector", "/api/v1/audit/ledger/proof?from=" + head.hash());
            assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
            assertThat(proof.body().path("prefix").asBoolean()).as(proof.toString()).isFalse();
            assertThat(proof.body().path("verification").path("firstBreak").path("position").asLong())
                    .isEqualTo(position);
        } finally {
            events.updateOne(eq("_id", submitted.get("_id")), set(StoredEvents.PAYLOAD, payload));
        }
        assertThat(api.post("inspector", "/api/v1/audit/verify", null).body().path("status").asText())
                .as("restored").isEqualTo("OK");
    }

    @Test
    void aProofShowsTheLogOnlyGrewSinceAnOldHead() {
        LedgerHead old = ledger.head();
        createApproved("officer");
        LedgerCopies.awaitLedgerCaughtUp(live);

        Api.Response proof = api.get("inspector", "/api/v1/audit/ledger/proof?from=" + old.hash());

        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(proof.body().path("prefix").asBoolean()).as(proof.toString()).isTrue();
        assertThat(proof.body().path("oldHead").path("position").asLong()).isEqualTo(old.position());
        assertThat(proof.body().path("currentHead").path("position").asLong()).isGreaterThan(old.position());
        assertThat(proof.body().path("verification").path("status").asText()).isEqualTo("OK");
        assertThat(api.get("leader", "/api/v1/audit/ledger/proof?from=" + old.hash().toUpperCase()).status())
                .isEqualTo(200);
    }

    @Test
    void aProofFromAnUnknownOrMalformedHeadIsRefused() {
        Api.Response unknown = api.get("inspector", "/api/v1/audit/ledger/proof?from=" + "ab".repeat(32));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("LEDGER_HEAD_UNKNOWN");

        Api.Response malformed = api.get("inspector", "/api/v1/audit/ledger/proof?from=abc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("errors").get(0).path("field").asText()).isEqualTo("from");

        assertThat(api.get("inspector", "/api/v1/audit/ledger/proof").status()).isEqualTo(400);
    }

    @Test
    void officersAndReviewersMayNotUseTheLedger() {
        String hash = ledger.head().hash();
        for (String user : new String[] {"officer", "reviewer"}) {
            assertThat(api.get(user, "/api/v1/audit/ledger/head").status()).isEqualTo(403);
            assertThat(api.post(user, "/api/v1/audit/verify", null).status()).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/audit/ledger/proof?from=" + hash).status()).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/audit/events").status()).isEqualTo(403);
        }
        assertThat(api.post("leader", "/api/v1/audit/verify", null).status()).isEqualTo(403);
        Api.Response anonymous = api.get(null, "/api/v1/audit/ledger/head");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.post(null, "/api/v1/audit/verify", null).status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/audit/events").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/audit/ledger/proof?from=" + hash).status()).isEqualTo(401);
    }

    @Test
    void theSearchFindsARecordsEventsNewestFirst() {
        String id = createApproved("officer").id();
        LedgerCopies.awaitLedgerCaughtUp(live);

        Api.Response page = api.get("inspector", "/api/v1/audit/events?recordType=delegation&actor=officer&size=200");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode items = page.body().path("items");
        assertThat(items.size()).isPositive();
        assertThat(page.body().path("total").asLong()).isGreaterThanOrEqualTo(items.size());
        long previous = Long.MAX_VALUE;
        for (JsonNode item : items) {
            assertThat(item.path("position").asLong()).isLessThan(previous);
            previous = item.path("position").asLong();
            assertThat(item.path("recordType").asText()).isEqualTo("delegation");
            assertThat(item.path("actor").asText()).isEqualTo("officer");
        }
        JsonNode newest = items.get(0);
        assertThat(newest.path("recordId").asText()).isEqualTo(id);
        assertThat(newest.path("eventType").asText()).isEqualTo("DelegationSubmitted");
        assertThat(newest.path("role").asText()).isEqualTo("OFFICER");
        assertThat(newest.path("agency").asText()).isEqualTo("SKHDT");
        assertThat(newest.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(newest.path("time").asText()).isNotBlank();

        Api.Response approvals = api.get("leader",
                "/api/v1/audit/events?eventType=DelegationApproved&actor=leader&from=2020-01-01T00:00:00Z&size=1");
        assertThat(approvals.status()).as(approvals.toString()).isEqualTo(200);
        assertThat(approvals.body().path("items").get(0).path("recordId").asText()).isEqualTo(id);
        assertThat(approvals.body().path("size").asInt()).isEqualTo(1);

        Api.Response none = api.get("admin", "/api/v1/audit/events?agency=SKHDT&to=2020-01-01T00:00:00Z");
        assertThat(none.body().path("total").asLong()).isZero();
    }

    @Test
    void theSearchIsPagedAndFilteredByAgency() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ours.add(createDraft("officer").id());
        }
        String theirs = createDraft("officer2").id();
        LedgerCopies.awaitLedgerCaughtUp(live);
        String search = "/api/v1/audit/events?agency=SKHDT&recordType=delegation&eventType=DelegationDrafted&from=" + from;

        JsonNode first = api.get("inspector", search + "&size=2&page=0").body();
        JsonNode second = api.get("inspector", search + "&size=2&page=1").body();

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("items")).hasSize(2);
        assertThat(second.path("items")).hasSize(1);
        List<String> listed = new ArrayList<>(first.path("items").findValuesAsText("recordId"));
        listed.addAll(second.path("items").findValuesAsText("recordId"));
        Collections.reverse(ours);
        assertThat(listed).as("newest first, each once").containsExactlyElementsOf(ours);
        assertThat(first.path("items").findValuesAsText("agency")).containsOnly("SKHDT");
        assertThat(second.path("items").findValuesAsText("agency")).containsOnly("SKHDT");
        assertThat(first.path("items").get(1).path("position").asLong())
                .isGreaterThan(second.path("items").get(0).path("position").asLong());
        assertThat(api.get("inspector", search + "&size=2&page=2").body().path("items")).isEmpty();

        JsonNode other = api.get("inspector", "/api/v1/audit/events?agency=SCT&recordType=delegation&from=" + from).body();
        assertThat(other.path("items").findValuesAsText("recordId")).containsExactly(theirs);
        assertThat(other.path("items").findValuesAsText("agency")).containsOnly("SCT");
    }

    @Test
    void badSearchParametersAreRefusedWithTheirField() {
        assertField(api.get("inspector", "/api/v1/audit/events?recordType=spaceship"), "recordType");
        assertField(api.get("inspector", "/api/v1/audit/events?size=500"), "size");
        assertField(api.get("inspector", "/api/v1/audit/events?size=0"), "size");
        assertField(api.get("inspector", "/api/v1/audit/events?page=-1"), "page");
        assertField(api.get("inspector", "/api/v1/audit/events?from=yesterday"), "from");
        assertField(api.get("inspector", "/api/v1/audit/events?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z"), "to");
        assertField(api.get("inspector", "/api/v1/audit/events?eventType=Delegation%20Approved"), "eventType");
        assertField(api.get("inspector", "/api/v1/audit/events?agency=%24where"), "agency");
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").get(0).path("field").asText()).as(response.toString()).isEqualTo(field);
    }
}
