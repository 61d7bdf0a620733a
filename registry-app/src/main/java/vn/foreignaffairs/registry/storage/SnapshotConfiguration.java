package vn.foreignaffairs.registry.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the long-lived aggregates (annual plans, agencies, aid projects), so loading one
 * reads its latest snapshot and the few events after it instead of its whole history.
 *
 * <p>An aggregate's snapshot is its private state, written field by field. A snapshot taken
 * before the aggregate's fields changed must not be read into the new shape: each snapshotted
 * aggregate carries a {@code @Revision}, to be raised with any change to its fields, and a
 * snapshot of another revision is ignored (the aggregate is then rebuilt from all its events, and
 * a new snapshot is taken). A snapshot that cannot be read is likewise skipped by Axon.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    /** Used by {@code @Aggregate(snapshotTriggerDefinition = ...)} of the long-lived aggregates. */
    public static final String TRIGGER = "longLivedAggregateSnapshots";
    /** Used by {@code @Aggregate(snapshotFilter = ...)} of the same aggregates. */
    public static final String FILTER = "currentRevisionSnapshots";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition longLivedAggregateSnapshots(Snapshotter snapshotter,
                                                          @Value("${registry.snapshots.every:50}") int everyEvents) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, everyEvents);
    }

    @Bean(FILTER)
    SnapshotFilter currentRevisionSnapshots() {
        return snapshot -> {
            String type = snapshot.getPayload().getType().getName();
            String revision = snapshot.getPayload().getType().getRevision();
            try {
                Revision current = Class.forName(type).getAnnotation(Revision.class);
                return current != null && Objects.equals(current.value(), revision);
            } catch (ClassNotFoundException gone) {
                return false;
            }
        };
    }

    /**
     * The mapper of events and tokens, reading and writing an aggregate's fields rather than its
     * getters. Not a bean: Axon would take a second Serializer bean for its general one.
     */
    static Serializer snapshotSerializer(ObjectMapper objectMapper) {
        ObjectMapper fields = objectMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }
}
