package vn.foreignaffairs.registry.storage;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Health is DOWN when the store (embedded or MongoDB) does not answer a ping. */
@Component("mongo")
class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoHealthIndicator(MongoDatabase database) {
        super("MongoDB does not answer");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
