package vn.foreignaffairs.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;

/**
 * A writer waiting to read its own write is woken by the projector's write even when that write
 * lands between the writer's read and its wait, not only by the next one or the re-check.
 */
class ReadModelWaitTest {

    private final ProjectionProgress progress = new ProjectionProgress();
    /** A re-check far longer than the assertions wait: only a signal can end a wait in time. */
    private final ReadModelWait wait = new ReadModelWait(progress, Duration.ofSeconds(120), 60_000);

    @Test
    void aWriteBetweenTheReadAndTheWaitEndsTheWait() {
        AtomicLong version = new AtomicLong(0);
        AtomicInteger reads = new AtomicInteger();

        Optional<Long> seen = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> wait.until(() -> {
            long current = version.get();
            if (reads.incrementAndGet() == 1) {
                version.set(1); // the projector writes and tells, after this read and before the wait
                progress.signal();
            }
            return current;
        }, Long::longValue, 1));

        assertThat(seen).contains(1L);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aWriteDuringTheWaitEndsIt() {
        AtomicLong version = new AtomicLong(0);
        CountDownLatch firstRead = new CountDownLatch(1);
        Thread projector = new Thread(() -> {
            try {
                firstRead.await(); // the writer has read the old version and goes on to wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            version.set(1);
            progress.signal();
        });
        projector.start();

        Optional<Long> seen = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> wait.until(() -> {
            long current = version.get();
            firstRead.countDown();
            return current;
        }, Long::longValue, 1));

        assertThat(seen).contains(1L);
    }

    @Test
    void aProjectionThatLagsPastTheTimeoutAnswersNothing() {
        ReadModelWait shortWait = new ReadModelWait(progress, Duration.ofMillis(300), 50);

        assertThat(shortWait.until(() -> 0L, Long::longValue, 1)).isEmpty();
    }
}
