package vn.foreignaffairs.registry.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelBatchInterceptor;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/** How commands travel and what every event inherits from the command that caused it. */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    /** Copies the audit metadata of each command onto every event it produces. */
    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ALL.toArray(String[]::new));
    }

    /**
     * One JSON mapper for the API and for Axon's stored events, snapshots and tokens, so dates
     * and value types look the same everywhere an inspector reads them.
     */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    /**
     * A projector or processor that fails on an event must not skip it (a read model that
     * silently missed an event would lie): the failure stops the processor's segment, which
     * retries the same event with a growing pause until it succeeds.
     */
    @Bean
    ConfigurerModule retryFailedEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /** The read-model processor sends the writes of a batch of events together (ReadModelBatch). */
    @Bean
    ConfigurerModule batchReadModelWrites(ProjectionProgress progress) {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(ReadModelProcessor.NAME,
                configuration -> new ReadModelBatchInterceptor(progress));
    }

    /**
     * Two instances writing the same record at once collide on the event store's unique index;
     * the loser's command is retried on the fresh state, where the aggregate decides again
     * (up to 15 times, pauses from 10 ms growing to at most 1 s, jittered).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new WriteConflictRetry(retries, 15, 10, 1000))
                .build();
    }
}
