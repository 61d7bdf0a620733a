package vn.foreignaffairs.registry.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import vn.foreignaffairs.registry.audit.ledger.LedgerProjector;
import vn.foreignaffairs.registry.delegation.OffPlanApprovalCompletion;

/**
 * A full rebuild of every read model: every tracking processor of read models (all but the audit
 * ledger, which is never rebuilt, and the off-plan approvals, which send commands) is stopped, its tokens reset to
 * the start of the event log (its projectors' reset handlers empty their collections) and started
 * again; timed until every segment of every processor has caught up with the head of the log.
 * (A segment stays "replaying" until it sees an event newer than the reset, so caught-up is the
 * signal, not the end of the replay.)
 */
final class RebuildPhase {

    private static final Set<String> NOT_READ_MODELS = Set.of(LedgerProjector.PROCESSING_GROUP,
            OffPlanApprovalCompletion.PROCESSING_GROUP);

    record Outcome(boolean finished, double seconds, int processors) {
    }

    private RebuildPhase() {
    }

    static Outcome run(BenchRegistry registry, Duration timeout) throws InterruptedException {
        EventProcessingConfiguration processing = registry.bean(EventProcessingConfiguration.class);
        TokenStore tokens = registry.bean(TokenStore.class);
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(processor -> !NOT_READ_MODELS.contains(processor.getName())).toList();
        long started = System.nanoTime();
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        processors.forEach(StreamingEventProcessor::start);
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (processors.stream().allMatch(processor -> caughtUp(processor, tokens))) {
                return new Outcome(true, (System.nanoTime() - started) / 1e9, processors.size());
            }
            Thread.sleep(50);
        }
        return new Outcome(false, timeout.toMillis() / 1000.0, processors.size());
    }

    private static boolean caughtUp(StreamingEventProcessor processor, TokenStore tokens) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        int segments = tokens.fetchSegments(processor.getName()).length;
        return status.size() == segments && status.values().stream()
                .allMatch(segment -> segment.isCaughtUp() && !segment.isErrorState());
    }
}
