package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Leadership approves appraised aid. {@code overrideReason} is needed when the appraisal was
 * unfavourable; {@code startDeadline} is the last day the aid may start before it can be revoked,
 * from the start period in force (the sender fixes it).
 */
public record ApproveAidCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                                AidDecision decision, String overrideReason, LocalDate startDeadline) {
}
