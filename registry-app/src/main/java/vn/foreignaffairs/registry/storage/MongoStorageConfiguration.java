package vn.foreignaffairs.registry.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * All storage wiring of the MongoDB store in one place: the client (embedded server or
 * REGISTRY_MONGODB_URI), Axon's event storage engine (events and snapshots), its token store,
 * and the database the read models live in. Moving to Axon Server or a JDBC engine replaces
 * this class and nothing else (docs/decisions/0001-axon-4-on-mongodb.md).
 */
@Configuration(proxyBeanMethods = false)
public class MongoStorageConfiguration {

    /** Recent events the event store keeps in memory for the processors at the head (see {@link #eventStore}). */
    static final int CACHED_EVENTS = 1_000;

    @Bean(destroyMethod = "close")
    EmbeddedMongoServerHolder embeddedMongoServer(StorageProperties properties) {
        return new EmbeddedMongoServerHolder(properties.useEmbedded()
                ? new EmbeddedMongoServer(properties.embedded()) : null);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StorageProperties properties, EmbeddedMongoServerHolder embedded) {
        String uri = properties.useEmbedded() ? embedded.server().connectionString() : properties.uri();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applicationName("foreign-affairs-registry")
                .build());
    }

    /** The database of the read models (also holds the event store's collections). */
    @Bean
    MongoDatabase readModelDatabase(MongoClient client, StorageProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, StorageProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.database()).build();
    }

    /** The system of record; its unique (aggregate id, sequence) index is created on start-up. */
    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate template,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectMapper objectMapper, ObjectProvider<EventUpcaster> upcasters) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(SnapshotConfiguration.snapshotSerializer(objectMapper))
                // older shapes of events, read in their current shape (storage.upcasting)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .build();
    }

    /**
     * Axon's embedded event store, as its auto-configuration builds it, but caching 1,000 recent
     * events for the processors that follow the head instead of 10,000. Every cached event holds
     * a Mongo tracking token with the ids of all events of the second before it, so at 500
     * commands/s 10,000 cached events held five million map entries (200 MB, half the heap of a
     * 512 MiB instance) and the collector ran for a third of the time. A processor further behind
     * reads from the store, as it would anyway. (docs/performance.md, change 21.)
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(CACHED_EVENTS)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer, StorageProperties properties) {
        return new FreshStartTokenStore(MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .claimTimeout(properties.claimTimeout())
                .nodeId(nodeId(properties)));
    }

    /**
     * Two instances (or two application contexts in one test JVM) must never share a node id,
     * or both would believe they own the same segments.
     */
    private static String nodeId(StorageProperties properties) {
        if (properties.nodeId() != null && !properties.nodeId().isBlank()) {
            return properties.nodeId();
        }
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Holds the embedded server when there is one, so the client can depend on it either way. */
    record EmbeddedMongoServerHolder(EmbeddedMongoServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
