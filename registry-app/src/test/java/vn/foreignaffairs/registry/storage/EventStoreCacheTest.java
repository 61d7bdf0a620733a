package vn.foreignaffairs.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.common.ReflectionUtils;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * The registry's event store caches at most 1,000 recent events: with Axon's default of 10,000,
 * each holding a Mongo tracking token of the last second's event ids, a burst of 500 commands/s
 * filled half of a 512 MiB heap and the collector ran for a third of the time.
 */
class EventStoreCacheTest extends RegistryIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void theOneEventStoreCachesAThousandEvents() throws Exception {
        assertThat(context.getBeansOfType(EventBus.class)).as("one event bus: ours replaces Axon's default").hasSize(1);
        EventStore store = context.getBean(EventStore.class);
        assertThat(store).isInstanceOf(EmbeddedEventStore.class);

        Object producer = ReflectionUtils.getFieldValue(EmbeddedEventStore.class.getDeclaredField("producer"), store);
        int cached = ReflectionUtils.getFieldValue(producer.getClass().getDeclaredField("cachedEvents"), producer);

        assertThat(cached).isEqualTo(1_000);
    }
}
