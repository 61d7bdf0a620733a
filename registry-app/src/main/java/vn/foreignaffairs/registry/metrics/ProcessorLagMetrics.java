package vn.foreignaffairs.registry.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How far each tracking processor is behind the head of the event store:
 * {@code registry.processor.lag.seconds{processor}}, the time between the newest event stored and
 * the newest event the processor's slowest segment has handled (0 when every segment has caught
 * up). MongoDB's tracking tokens are positioned by time, not by a global sequence number, so the
 * lag is measured in time; with a store whose tokens have positions,
 * {@code registry.processor.lag.events} gives the number of events behind as well.
 */
@Component
public class ProcessorLagMetrics {

    private final MeterRegistry meters;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProcessorLagMetrics(MeterRegistry meters, EventProcessingConfiguration processing, EventStore eventStore) {
        this.meters = meters;
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof TrackingEventProcessor tracking) {
                Gauge.builder("registry.processor.lag.seconds", tracking, this::secondsBehind)
                        .tag("processor", name).baseUnit("seconds")
                        .description("Time between the newest stored event and the newest this processor handled")
                        .register(meters);
                Gauge.builder("registry.processor.lag.events", tracking, this::eventsBehind)
                        .tag("processor", name)
                        .description("Events behind the head, where the store's tokens have positions (else 0)")
                        .register(meters);
            }
        });
    }

    double secondsBehind(TrackingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty() || segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            return 0;
        }
        Instant head = timestamp(eventStore.createHeadToken());
        if (head == null) {
            return 0;
        }
        Instant slowest = null;
        for (EventTrackerStatus segment : segments.values()) {
            Instant at = timestamp(segment.getTrackingToken());
            if (at == null) {
                // not started yet: behind by the whole log
                at = timestamp(eventStore.createTailToken());
                if (at == null) {
                    continue;
                }
            }
            slowest = slowest == null || at.isBefore(slowest) ? at : slowest;
        }
        return slowest == null ? 0 : Math.max(0, Duration.between(slowest, head).toMillis() / 1000.0);
    }

    double eventsBehind(TrackingEventProcessor processor) {
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isEmpty()) {
            return 0;
        }
        long behind = 0;
        for (EventTrackerStatus segment : processor.processingStatus().values()) {
            OptionalLong at = position(segment.getTrackingToken());
            behind = Math.max(behind, head.getAsLong() - at.orElse(0));
        }
        return behind;
    }

    private static Instant timestamp(TrackingToken token) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        return unwrapped instanceof MongoTrackingToken mongo ? mongo.getTimestamp() : null;
    }

    private static OptionalLong position(TrackingToken token) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        return unwrapped == null ? OptionalLong.empty() : unwrapped.position();
    }
}
