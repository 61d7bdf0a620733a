package vn.foreignaffairs.registry.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Counts every command the command bus handles, the one place all writes pass:
 * {@code registry.commands.accepted{command}} once its unit of work committed, and
 * {@code registry.commands.refused{command,code}} with the refusal code (a {@code RefusalCode},
 * {@code CONCURRENT_MODIFICATION} for a write conflict, which the gateway retries, or {@code ERROR}).
 */
@Component
public class CommandMetrics {

    private final MeterRegistry meters;

    public CommandMetrics(MeterRegistry meters, CommandBus commandBus) {
        this.meters = meters;
        // Registered here, not as an interceptor bean, which Axon's auto-configuration would add a second time.
        MessageHandlerInterceptor<CommandMessage<?>> counting = this::handle;
        commandBus.registerHandlerInterceptor(counting);
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        AtomicReference<String> refusal = new AtomicReference<>();
        unitOfWork.afterCommit(done -> counter("registry.commands.accepted", command, null).increment());
        unitOfWork.onRollback(failed -> {
            String code = refusal.get();
            if (code == null && failed.getExecutionResult() != null && failed.getExecutionResult().isExceptionResult()) {
                code = codeOf(failed.getExecutionResult().getExceptionResult());
            }
            counter("registry.commands.refused", command, code == null ? "ERROR" : code).increment();
        });
        try {
            return chain.proceed();
        } catch (Exception e) {
            refusal.set(codeOf(e));
            throw e;
        }
    }

    private Counter counter(String name, String command, String code) {
        Counter.Builder builder = Counter.builder(name).tag("command", command);
        if (code != null) {
            builder.tag("code", code);
        }
        return builder.description(code == null ? "Commands handled and committed" : "Commands refused, by code")
                .register(meters);
    }

    static String codeOf(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof RuleViolation violation) {
                return violation.code().name();
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return "CONCURRENT_MODIFICATION";
            }
            if (cause instanceof AggregateNotFoundException) {
                return "NOT_FOUND";
            }
            cause = cause.getCause();
        }
        return "ERROR";
    }
}
