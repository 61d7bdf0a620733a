package vn.foreignaffairs.registry.api.delegation;

/** Where an outbound delegation (đoàn ra) stands in its lifecycle. */
public enum DelegationStatus {
    DRAFT,
    SUBMITTED,
    /** Off-plan: submitted and waiting for the consulted agencies' opinions. */
    UNDER_CONSULTATION,
    APPROVED,
    REJECTED,
    CANCELLED
}
