package vn.foreignaffairs.registry.api.delegation;

public record DelegationRejected(DelegationId id, String reason) implements DelegationEvent {
}
