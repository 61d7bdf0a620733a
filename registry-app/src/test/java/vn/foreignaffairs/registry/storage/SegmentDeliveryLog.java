package vn.foreignaffairs.registry.storage;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;

/**
 * Test-only projector in a processor of two segments: records every event it is handed with the
 * instance that handled it, without de-duplication, so that an event handled by both instances,
 * or twice by one, shows up twice.
 */
@ProcessingGroup(SegmentDeliveryLog.PROCESSING_GROUP)
class SegmentDeliveryLog {

    static final String PROCESSING_GROUP = "test-segment-log";
    static final String COLLECTION = "test_segment_deliveries";

    private final MongoDatabase database;
    private final String instance;

    SegmentDeliveryLog(MongoDatabase database, @Value("${registry.mongodb.node-id}") String instance) {
        this.database = database;
        this.instance = instance;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        database.getCollection(COLLECTION).insertOne(new Document("eventId", message.getIdentifier())
                .append("instance", instance));
    }
}
