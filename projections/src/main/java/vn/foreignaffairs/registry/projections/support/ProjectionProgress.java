package vn.foreignaffairs.registry.projections.support;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Tells writers in this process that a projector has just updated a read model, so that a writer
 * waiting to read its own write re-checks at once instead of polling on a timer. When the
 * projector runs in another instance no signal arrives here, and waiters fall back to their
 * bounded poll interval.
 */
@Component
public class ProjectionProgress {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    /** How many times writers were told; changed under {@link #lock}, read without it. */
    private volatile long signals;

    /**
     * Called by a projector after a write. Inside a batch of the read-model processor the writes
     * are still to be sent, so the batch tells once they are ({@link ReadModelBatchInterceptor}).
     */
    public void signal() {
        if (ReadModelBatch.current() == null) {
            wake();
        }
    }

    void wake() {
        lock.lock();
        try {
            signals++;
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Taken before reading a read model, for {@link #awaitAfter}. */
    public long signalsSoFar() {
        return signals;
    }

    /**
     * Waits until a signal after {@code seen} (returning at once if one came already) or until
     * {@code millis} have passed. A writer that read before a projector's write and waits after
     * it is woken by that write, not only by the next.
     */
    public void awaitAfter(long seen, long millis) throws InterruptedException {
        long remaining = TimeUnit.MILLISECONDS.toNanos(millis);
        lock.lock();
        try {
            while (signals == seen && remaining > 0) {
                remaining = advanced.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }
}
