package vn.foreignaffairs.registry.support;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A test that walks every endpoint: Spring MVC's mappings (so that a new endpoint is covered at
 * once), the access matrix that says who may call each, and the event store's size, to show that
 * what was refused wrote nothing.
 */
public abstract class EndpointSweepTest extends RegistryIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    protected RequestMappingHandlerMapping mappings;

    @Autowired
    protected MongoDatabase database;

    protected final AccessMatrix matrix = AccessMatrix.load();

    protected long storedEvents() {
        return database.getCollection("domainevents").countDocuments();
    }
}
