package vn.foreignaffairs.registry.api.delegation;

/** Where an outbound delegation (đoàn ra) stands in its lifecycle. */
public enum DelegationStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CANCELLED
}
