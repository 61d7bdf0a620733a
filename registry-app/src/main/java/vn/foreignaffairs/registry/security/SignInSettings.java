package vn.foreignaffairs.registry.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailures   failed sign-ins for one username, within {@code failureWindow}, that lock it
 * @param failureWindow how far back failures count
 * @param lockDuration  how long a locked username is refused (429), even with the right password
 * @param cacheTtl      how long a successful sign-in is remembered, sparing the password hash check
 * @param cacheSize     the most sign-ins remembered at once
 */
@ConfigurationProperties("registry.security.sign-in")
public record SignInSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("60s") Duration cacheTtl,
        @DefaultValue("1000") int cacheSize) {
}
