package vn.foreignaffairs.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInSettings settings = new SignInSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
            Duration.ofSeconds(60), 1000);
    private final SignInThrottle throttle = new SignInThrottle(settings, clock);

    @Test
    void fiveFailuresWithinTheWindowLockTheUsernameForAWhile() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("an");
        }
        assertThat(throttle.lockedFor("an")).isEmpty();

        throttle.failed("an");

        assertThat(throttle.lockedFor("an")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("binh")).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("an")).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("an")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("an");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("an");

        assertThat(throttle.lockedFor("an")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("an");
        }
        throttle.succeeded("an");
        throttle.failed("an");

        assertThat(throttle.lockedFor("an")).isEmpty();
    }

    @Test
    void usernamesInLogLinesCannotForgeLines() {
        assertThat(SignInThrottle.printable("an\nFAKE ENTRY")).isEqualTo("an?FAKE ENTRY");
        assertThat(SignInThrottle.printable("x".repeat(100))).hasSize(65);
    }

    @Test
    void aRememberedSignInCountsOnlyForTheSamePasswordHashAndNotForLong() {
        RecentSignIns recent = new RecentSignIns(settings, clock);
        recent.remember("an", "correct horse", "{bcrypt}hash-1");

        assertThat(recent.confirms("an", "correct horse", "{bcrypt}hash-1")).isTrue();
        assertThat(recent.confirms("an", "wrong horse", "{bcrypt}hash-1")).isFalse();
        assertThat(recent.confirms("binh", "correct horse", "{bcrypt}hash-1")).isFalse();
        assertThat(recent.confirms("an", "correct horse", "{bcrypt}hash-2"))
                .as("after a password change").isFalse();
        clock.advance(Duration.ofSeconds(61));
        assertThat(recent.confirms("an", "correct horse", "{bcrypt}hash-1")).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2027-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
