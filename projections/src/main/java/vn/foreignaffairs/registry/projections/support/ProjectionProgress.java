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
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the next signal or until {@code millis} have passed. */
    public void awaitNext(long millis) throws InterruptedException {
        lock.lock();
        try {
            advanced.await(millis, TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }
}
