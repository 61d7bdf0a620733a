package vn.foreignaffairs.registry.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per username; after {@code maxFailures} within the window the username
 * is locked for a while, whatever password is tried. Kept in this instance's memory: with
 * several instances each locks on its own count, which still bounds guessing to a few
 * attempts per instance and period.
 */
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_TRACKED = 10_000;

    private final SignInSettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long {@code username} is still locked, if it is. */
    public Optional<Duration> lockedFor(String username) {
        Failures entry = failures.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        synchronized (entry) {
            Instant now = clock.instant();
            if (entry.lockedUntil != null && now.isBefore(entry.lockedUntil)) {
                return Optional.of(Duration.between(now, entry.lockedUntil));
            }
            return Optional.empty();
        }
    }

    public void failed(String username) {
        if (failures.size() >= MAX_TRACKED) {
            forgetSettled();
        }
        Failures entry = failures.computeIfAbsent(username, name -> new Failures());
        synchronized (entry) {
            Instant now = clock.instant();
            while (!entry.times.isEmpty() && entry.times.peekFirst().isBefore(now.minus(settings.failureWindow()))) {
                entry.times.removeFirst();
            }
            entry.times.addLast(now);
            if (entry.times.size() >= settings.maxFailures()) {
                entry.lockedUntil = now.plus(settings.lockDuration());
                entry.times.clear();
                log.warn("Sign-in for user '{}' locked until {} after {} failed attempts",
                        printable(username), entry.lockedUntil, settings.maxFailures());
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    /** Under a flood of made-up usernames: forget every name that is not locked now. */
    private void forgetSettled() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> e.getValue().lockedUntil == null || !now.isBefore(e.getValue().lockedUntil));
    }

    /** A username as it may appear in a log line: no line breaks or control characters, not too long. */
    static String printable(String username) {
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
