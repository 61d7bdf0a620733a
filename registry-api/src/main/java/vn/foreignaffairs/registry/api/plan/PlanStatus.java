package vn.foreignaffairs.registry.api.plan;

public enum PlanStatus {
    /** Not yet drafted: the plan exists only as the scope of the agency's off-plan quota. */
    NONE,
    DRAFT,
    SUBMITTED,
    APPROVED
}
