package vn.foreignaffairs.registry.storage;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Test-only projector: appends every event it is handed to {@code test_deliveries}, without any
 * de-duplication, so an event delivered twice (a lost token) shows up as two entries.
 */
@Component
@ProcessingGroup("test-delivery-log")
class DeliveryLog {

    static final String COLLECTION = "test_deliveries";

    private final MongoDatabase database;

    DeliveryLog(MongoDatabase database) {
        this.database = database;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        database.getCollection(COLLECTION).insertOne(new Document("eventId", message.getIdentifier()));
    }
}
