package vn.foreignaffairs.registry.api.delegation;

public record DelegationClosed(DelegationId id) implements DelegationEvent {
}
