package vn.foreignaffairs.registry.api.delegation;

/** An approval attempt failed because every off-plan slot of the year was used. */
public record DelegationApprovalRefused(DelegationId id, String attemptId, String reason) implements DelegationEvent {
}
