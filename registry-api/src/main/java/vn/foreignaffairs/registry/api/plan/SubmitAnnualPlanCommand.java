package vn.foreignaffairs.registry.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitAnnualPlanCommand(@TargetAggregateIdentifier AnnualPlanId id, Long expectedVersion) {
}
