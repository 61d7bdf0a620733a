package vn.foreignaffairs.registry.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

class CanonicalEventTest {

    private static Document stored() {
        return new Document("eventIdentifier", "e-1")
                .append("type", "Delegation")
                .append("aggregateIdentifier", "d-1")
                .append("sequenceNumber", 2L)
                .append("timestamp", "2027-01-05T03:04:05.678Z")
                .append("payloadType", "vn.foreignaffairs.registry.api.delegation.DelegationSubmitted")
                .append("payloadRevision", null)
                .append("serializedPayload", "{\"id\":\"d-1\",\"title\":\"Xúc tiến đầu tư\"}")
                .append("serializedMetaData", "{\"actor\":\"officer\"}");
    }

    @Test
    void fieldsAreLengthPrefixedUtf8InTheDocumentedOrderAndAbsentIsMinusOne() {
        byte[] bytes = CanonicalEvent.fromStored(stored()).bytes();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);

        assertThat(next(buffer)).isEqualTo("e-1");
        assertThat(next(buffer)).isEqualTo("Delegation");
        assertThat(next(buffer)).isEqualTo("d-1");
        assertThat(next(buffer)).isEqualTo("2");
        assertThat(next(buffer)).isEqualTo("2027-01-05T03:04:05.678Z");
        assertThat(next(buffer)).endsWith(".DelegationSubmitted");
        assertThat(buffer.getInt()).as("absent revision").isEqualTo(-1);
        assertThat(next(buffer)).contains("Xúc tiến đầu tư");
        assertThat(next(buffer)).isEqualTo("{\"actor\":\"officer\"}");
        assertThat(buffer.hasRemaining()).isFalse();
    }

    @Test
    void absentAndTheTextNullDiffer() {
        Document withText = stored().append("payloadRevision", "null");
        assertThat(CanonicalEvent.fromStored(withText).bytes()).isNotEqualTo(CanonicalEvent.fromStored(stored()).bytes());
    }

    @Test
    void embeddedDocumentsAreHashedWithSortedKeysAndDatesAsInstants() {
        Document one = stored().append("serializedMetaData", new Document("role", "OFFICER").append("actor", "officer"))
                .append("timestamp", Date.from(Instant.parse("2027-01-05T03:04:05.678Z")));
        Document other = stored().append("serializedMetaData", new Document("actor", "officer").append("role", "OFFICER"));

        assertThat(CanonicalEvent.fromStored(one).metadata()).isEqualTo(CanonicalEvent.fromStored(other).metadata());
        assertThat(CanonicalEvent.fromStored(one).timestamp()).isEqualTo("2027-01-05T03:04:05.678Z");
    }

    @Test
    void theChainDependsOnThePreviousHashAndEveryField() {
        CanonicalEvent event = CanonicalEvent.fromStored(stored());
        String first = LedgerHashes.next(LedgerHead.GENESIS_HASH, event);

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(LedgerHashes.next(LedgerHead.GENESIS_HASH, event));
        assertThat(LedgerHashes.next(first, event)).isNotEqualTo(first);
        assertThat(LedgerHashes.next(LedgerHead.GENESIS_HASH,
                CanonicalEvent.fromStored(stored().append("sequenceNumber", 3L)))).isNotEqualTo(first);
        assertThat(event.eventType()).isEqualTo("DelegationSubmitted");
        assertThat(LedgerHashes.isHash(first)).isTrue();
        assertThat(LedgerHashes.isHash("xyz")).isFalse();
    }

    private static String next(ByteBuffer buffer) {
        byte[] utf8 = new byte[buffer.getInt()];
        buffer.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
