package vn.foreignaffairs.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

class WriteConflictRetryTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final WriteConflictRetry retry = new WriteConflictRetry(executor, 3, 1, 5);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            @SuppressWarnings("unchecked")
            Class<? extends Throwable>[] chain = new Class[] {ConcurrencyException.class};
            failures.add(chain);
        }
        return failures;
    }

    @Test
    void aLostRaceForTheNextSequenceNumberIsRetried() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(1);
        boolean scheduled = retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new ConcurrencyException("conflict"), failures(1), dispatched::countDown);
        assertThat(scheduled).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWrappedConflictIsRecognised() {
        assertThat(WriteConflictRetry.isWriteConflict(new IllegalStateException(new ConcurrencyException("x")))).isTrue();
    }

    @Test
    void aLostRaceToCreateARecordIsRetried() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(1);
        boolean scheduled = retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new AggregateStreamCreationException("created meanwhile by another instance"), failures(1),
                dispatched::countDown);
        assertThat(scheduled).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRecordThatStillExistsOnTheRetryIsNotRetriedAgain() {
        @SuppressWarnings("unchecked")
        Class<? extends Throwable>[] creation = new Class[] {AggregateStreamCreationException.class};
        List<Class<? extends Throwable>[]> twice = List.of(creation, creation);

        assertThat(retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new AggregateStreamCreationException("exists"), twice, () -> { })).isFalse();
    }

    @Test
    void aRefusalIsNeverRetried() {
        assertThat(retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new RuleViolation(RefusalCode.ILLEGAL_TRANSITION, "no"), failures(1), () -> { })).isFalse();
    }

    @Test
    void retriesStopAtTheLimit() {
        assertThat(retry.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new ConcurrencyException("conflict"), failures(4), () -> { })).isFalse();
    }
}
