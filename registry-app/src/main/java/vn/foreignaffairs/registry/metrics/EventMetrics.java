package vn.foreignaffairs.registry.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Counts the events appended to the event store, by payload type
 * ({@code registry.events.appended{type}}): counted when the unit of work that publishes them
 * commits, so events of a refused or conflicting command are not counted.
 */
@Component
public class EventMetrics {

    private final MeterRegistry meters;

    public EventMetrics(MeterRegistry meters, EventStore eventStore) {
        this.meters = meters;
        eventStore.registerDispatchInterceptor(messages -> {
            List<String> types = messages.stream().map(message -> message.getPayloadType().getSimpleName()).toList();
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(done -> types.forEach(this::count));
            } else {
                types.forEach(this::count);
            }
            return (index, message) -> message;
        });
    }

    private void count(String type) {
        Counter.builder("registry.events.appended").tag("type", type)
                .description("Events appended to the event store").register(meters).increment();
    }
}
