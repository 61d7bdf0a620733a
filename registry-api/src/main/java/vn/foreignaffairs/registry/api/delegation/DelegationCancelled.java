package vn.foreignaffairs.registry.api.delegation;

public record DelegationCancelled(DelegationId id, String reason) implements DelegationEvent {
}
