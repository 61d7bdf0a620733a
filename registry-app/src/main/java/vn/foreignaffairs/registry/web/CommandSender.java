package vn.foreignaffairs.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;

/**
 * Sends a command on behalf of the signed-in user, with the metadata every event inherits:
 * actor, role, agency, reason, request id ({@code Idempotency-Key} or {@code X-Request-Id},
 * else generated) and correlation id ({@code X-Correlation-Id}, else the request id).
 */
@Component
public class CommandSender {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

    private final CommandGateway commands;
    private final CurrentActor currentActor;

    public CommandSender(CommandGateway commands, CurrentActor currentActor) {
        this.commands = commands;
        this.currentActor = currentActor;
    }

    public <R> R send(Object command) {
        return send(command, null);
    }

    public <R> R send(Object command, String reason) {
        try {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .withMetaData(metadata(reason)), 30, TimeUnit.SECONDS);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private MetaData metadata(String reason) {
        Actor actor = currentActor.get();
        Map<String, Object> values = new HashMap<>();
        values.put(AuditMetadata.ACTOR, actor.username());
        values.put(AuditMetadata.ROLE, actor.role().name());
        if (actor.agency() != null) {
            values.put(AuditMetadata.AGENCY, actor.agency());
        }
        if (reason != null && !reason.isBlank()) {
            values.put(AuditMetadata.REASON, reason.strip());
        }
        String requestId = firstHeader(IDEMPOTENCY_KEY_HEADER, REQUEST_ID_HEADER);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        values.put(AuditMetadata.REQUEST_ID, requestId);
        String correlationId = firstHeader(CORRELATION_ID_HEADER);
        values.put(AuditMetadata.CORRELATION_ID, correlationId == null ? requestId : correlationId);
        return MetaData.from(values);
    }

    private static String firstHeader(String... names) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        for (String name : names) {
            String value = request.getHeader(name);
            if (value != null && !value.isBlank() && value.length() <= 128) {
                return value.strip();
            }
        }
        return null;
    }
}
