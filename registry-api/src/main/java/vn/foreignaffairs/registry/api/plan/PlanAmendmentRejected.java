package vn.foreignaffairs.registry.api.plan;

public record PlanAmendmentRejected(AnnualPlanId id, String amendmentId, String reason) implements AnnualPlanEvent {
}
