package vn.foreignaffairs.registry.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention  how long a key and its answer are kept (a retry after that is a new request)
 * @param waitForFirst     how long a repeated request waits for the first one, still running, to answer
 * @param staleAfter after how long an unanswered claim (its instance stopped mid-request) may be taken over
 */
@ConfigurationProperties("registry.api.idempotency")
public record IdempotencySettings(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("10s") Duration waitForFirst,
        @DefaultValue("2m") Duration staleAfter) {
}
