package vn.foreignaffairs.registry.api.plan;

public record AnnualPlanReturned(AnnualPlanId id, String reason) implements AnnualPlanEvent {
}
