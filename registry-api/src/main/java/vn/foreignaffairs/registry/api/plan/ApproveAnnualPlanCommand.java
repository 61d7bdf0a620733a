package vn.foreignaffairs.registry.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveAnnualPlanCommand(@TargetAggregateIdentifier AnnualPlanId id, Long expectedVersion,
                                       PlanDecision decision) {
}
