package vn.foreignaffairs.registry.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command that lost the race for a record's next sequence number (two instances
 * appending to the same record at once), or for creating a record (two instances creating the
 * annual plan an off-plan slot is first taken from, say: the retry finds it created), and
 * nothing else: a refusal stays a refusal. A creation is retried once: if it fails so again, the
 * record simply exists, and waiting longer would only delay that answer. The pause grows
 * exponentially up to a cap and is jittered, so that writers who collided once do not collide
 * again in step — Axon's own schedulers wait the same time for everyone.
 */
final class WriteConflictRetry implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long firstPauseMillis;
    private final long maxPauseMillis;

    WriteConflictRetry(ScheduledExecutorService executor, int maxRetries, long firstPauseMillis, long maxPauseMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.firstPauseMillis = firstPauseMillis;
        this.maxPauseMillis = maxPauseMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatch) {
        int attempt = failures.size();
        if (attempt > maxRetries || !isWriteConflict(lastFailure) || creationConflicts(failures) > 1) {
            return false;
        }
        long ceiling = Math.min(maxPauseMillis, firstPauseMillis << Math.min(attempt - 1, 20));
        long pause = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        executor.schedule(dispatch, pause, TimeUnit.MILLISECONDS);
        return true;
    }

    private static long creationConflicts(List<Class<? extends Throwable>[]> failures) {
        return failures.stream()
                .filter(chain -> Arrays.asList(chain).contains(AggregateStreamCreationException.class))
                .count();
    }

    static boolean isWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
