package vn.foreignaffairs.registry.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectPlanAmendmentCommand(@TargetAggregateIdentifier AnnualPlanId id, Long expectedVersion,
                                         String amendmentId, String reason) {
}
