package vn.foreignaffairs.registry.api.plan;

public record AnnualPlanApproved(AnnualPlanId id, PlanDecision decision) implements AnnualPlanEvent {
}
