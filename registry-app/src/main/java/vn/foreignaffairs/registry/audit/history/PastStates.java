package vn.foreignaffairs.registry.audit.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * A record as it stood at an instant, rebuilt from its events up to that instant (never from the
 * current read model). The events are replayed through the registry's own projectors into a
 * scratch database and the view is read by the same query handler the normal GET asks, so the
 * answer has exactly the shape of the normal one, and no projection is written twice.
 */
@Component
public class PastStates {

    private static final String READ_SIDE = "vn.foreignaffairs.registry.projections";

    private final RecordEvents events;
    private final ScratchMongo scratch;
    private final List<Class<?>> readSideClasses;

    public PastStates(RecordEvents events, ScratchMongo scratch) {
        this.events = events;
        this.scratch = scratch;
        this.readSideClasses = readSideClasses();
    }

    /**
     * What {@code query} would have answered at {@code asOf} for the record {@code aggregateId}:
     * empty if the record did not exist yet (or the query finds nothing then).
     */
    public <V> Optional<V> find(String aggregateId, AsOf asOf, Object query, Class<V> viewType) {
        return answer(aggregateId, asOf, query, ResponseTypes.instanceOf(viewType));
    }

    /** The list {@code query} would have answered at {@code asOf} from the record's events: empty before it existed. */
    public <V> List<V> list(String aggregateId, AsOf asOf, Object query, Class<V> elementType) {
        return answer(aggregateId, asOf, query, ResponseTypes.multipleInstancesOf(elementType)).orElse(List.of());
    }

    private <R> Optional<R> answer(String aggregateId, AsOf asOf, Object query, ResponseType<R> responseType) {
        Instant until = asOf.instant();
        // A record's events are a sequence: its state at an instant is the prefix appended by then.
        List<? extends DomainEventMessage<?>> past = events.of(aggregateId).stream()
                .takeWhile(event -> !event.getTimestamp().isAfter(until))
                .toList();
        if (past.isEmpty()) {
            return Optional.empty();
        }
        try (ScratchReadSide readSide = new ScratchReadSide(scratch.newDatabase(), readSideClasses)) {
            readSide.replay(past);
            return Optional.ofNullable(readSide.query(query, responseType));
        }
    }

    /** Every component of the projections module: projectors, read models, query handlers. */
    private static List<Class<?>> readSideClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        return scanner.findCandidateComponents(READ_SIDE).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(Objects::nonNull)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, PastStates.class.getClassLoader()))
                .toList();
    }
}
