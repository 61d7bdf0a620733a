package vn.foreignaffairs.registry.api.delegation;

public record DelegationDraftRevised(DelegationId id, DelegationDetails details) implements DelegationEvent {
}
