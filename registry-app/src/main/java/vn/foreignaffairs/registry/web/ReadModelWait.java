package vn.foreignaffairs.registry.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;

/**
 * Read your own writes: after a command succeeds, waits until the read model shows at least the
 * version the command produced, so the writer never sees older data than what it just wrote.
 * Wakes on each projector signal of this instance, and re-checks at a short interval for
 * projections running on another instance.
 */
@Component
public class ReadModelWait {

    private static final long RECHECK_MILLIS = 20;

    private final ProjectionProgress progress;
    private final Duration timeout;
    private final long recheckMillis;

    @Autowired
    public ReadModelWait(ProjectionProgress progress,
                         @Value("${registry.api.read-your-writes-timeout:10s}") Duration timeout) {
        this(progress, timeout, RECHECK_MILLIS);
    }

    ReadModelWait(ProjectionProgress progress, Duration timeout, long recheckMillis) {
        this.progress = progress;
        this.timeout = timeout;
        this.recheckMillis = recheckMillis;
    }

    /** The record once it reaches {@code version}, or empty if the projection lags past the timeout. */
    public <T> Optional<T> until(Supplier<T> read, ToLongFunction<T> versionOf, long version) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = progress.signalsSoFar();
            T current = read.get();
            if (current != null && versionOf.applyAsLong(current) >= version) {
                return Optional.of(current);
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return Optional.empty();
            }
            try {
                progress.awaitAfter(seen, Math.min(remainingMillis, recheckMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
