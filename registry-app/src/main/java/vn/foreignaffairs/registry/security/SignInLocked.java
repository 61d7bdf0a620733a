package vn.foreignaffairs.registry.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for this username: refused until {@code retryAfter} has passed. */
public class SignInLocked extends LockedException {

    private final transient Duration retryAfter;

    public SignInLocked(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
