package vn.foreignaffairs.registry.api.plan;

/** Answered with an {@link AnnualPlanView}, or null. */
public record FindAnnualPlanQuery(AnnualPlanId id) {
}
