package vn.foreignaffairs.registry.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApprovePlanAmendmentCommand(@TargetAggregateIdentifier AnnualPlanId id, Long expectedVersion,
                                          String amendmentId, PlanDecision decision) {
}
