package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * The ledger projector chaining a log it has not seen, many events to a batch: on a store whose
 * ledger and projector token are gone (as after importing events alone), the projector, still
 * remembering the head it last wrote, chains every stored event again from position 1, and the
 * chain verifies. Its own registry, since the ledger is rebuilt under the other tests' feet.
 */
@TestPropertySource(properties = "registry.test.context=ledger-rechain")
@DirtiesContext
class LedgerRechainTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase live;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void anEmptiedLedgerWithoutItsTokenIsChainedAgainWholeAndVerifies() {
        for (int i = 0; i < 5; i++) {
            createApproved("officer");
        }
        LedgerCopies.awaitLedgerCaughtUp(live);
        StreamingEventProcessor projector = processing.eventProcessor(LedgerProjector.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();

        projector.shutDown();
        live.getCollection(LedgerEntries.COLLECTION).deleteMany(new Document());
        live.getCollection(LedgerProjectorProgress.COLLECTION)
                .deleteMany(eq("processorName", LedgerProjector.PROCESSING_GROUP));
        projector.start();
        LedgerCopies.awaitLedgerCaughtUp(live);

        long stored = live.getCollection(StoredEvents.COLLECTION).countDocuments();
        List<Long> positions = new ArrayList<>();
        live.getCollection(LedgerEntries.COLLECTION).find().sort(Sorts.ascending(LedgerEntries.POSITION))
                .forEach(entry -> positions.add(((Number) entry.get(LedgerEntries.POSITION)).longValue()));
        assertThat(positions).hasSize((int) stored).startsWith(1L, 2L, 3L).endsWith(stored);
        Api.Response verified = api.post("inspector", "/api/v1/audit/verify", null);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.body().path("status").asText()).as(verified.toString()).isEqualTo("OK");
        assertThat(verified.body().path("checkedEntries").asLong()).isEqualTo(stored);
        // A processor that starts without a token must not run as a replay: a Mongo replay token
        // collects the id of every event it passes and never lets go (docs/performance.md).
        Document token = live.getCollection(LedgerProjectorProgress.COLLECTION)
                .find(eq("processorName", LedgerProjector.PROCESSING_GROUP)).first();
        assertThat(token).isNotNull();
        assertThat(token.getString("tokenType")).doesNotContain("ReplayToken");
    }
}
