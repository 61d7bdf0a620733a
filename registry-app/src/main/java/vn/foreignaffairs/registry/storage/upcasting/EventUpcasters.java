package vn.foreignaffairs.registry.storage.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every upcaster of the event store, oldest change first; the storage engine applies them in
 * this order (docs/operations.md, "Changing an event's shape").
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcasters {

    @Bean
    EventUpcaster agencyRenamedNameFieldsUpcaster() {
        return new AgencyRenamedNameFieldsUpcaster();
    }
}
