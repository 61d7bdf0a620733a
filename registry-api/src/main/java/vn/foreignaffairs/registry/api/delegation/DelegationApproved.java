package vn.foreignaffairs.registry.api.delegation;

public record DelegationApproved(DelegationId id, Decision decision) implements DelegationEvent {
}
