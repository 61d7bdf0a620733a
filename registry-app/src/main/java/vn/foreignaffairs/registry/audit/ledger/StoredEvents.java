package vn.foreignaffairs.registry.audit.ledger;

/**
 * Names of the event store's collection and fields as axon-mongo's document-per-event storage
 * writes them. The ledger reads these raw documents, not Axon's messages, so that what it hashes
 * is exactly what is stored.
 */
final class StoredEvents {

    static final String COLLECTION = "domainevents";

    static final String EVENT_ID = "eventIdentifier";
    static final String AGGREGATE_TYPE = "type";
    static final String AGGREGATE_ID = "aggregateIdentifier";
    static final String SEQUENCE = "sequenceNumber";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "serializedPayload";
    static final String METADATA = "serializedMetaData";

    private StoredEvents() {
    }
}
