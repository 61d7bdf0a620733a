package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.plan.SlotDecision;

/** Finishes an approval attempt with the quota's answer; repeating it changes nothing. */
public record CompleteOffPlanApprovalCommand(@TargetAggregateIdentifier DelegationId id, String attemptId,
                                             SlotDecision slot) {
}
