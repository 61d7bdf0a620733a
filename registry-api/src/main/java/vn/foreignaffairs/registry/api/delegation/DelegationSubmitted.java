package vn.foreignaffairs.registry.api.delegation;

public record DelegationSubmitted(DelegationId id) implements DelegationEvent {
}
