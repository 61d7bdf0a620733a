package vn.foreignaffairs.registry.api.plan;

public record PlanAmendmentApproved(AnnualPlanId id, String amendmentId, PlanDecision decision)
        implements AnnualPlanEvent {
}
