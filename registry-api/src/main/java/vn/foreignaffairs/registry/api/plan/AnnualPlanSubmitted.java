package vn.foreignaffairs.registry.api.plan;

public record AnnualPlanSubmitted(AnnualPlanId id) implements AnnualPlanEvent {
}
