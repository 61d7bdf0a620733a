package vn.foreignaffairs.registry.api.inbound;

public record InboundDelegationCancelled(InboundDelegationId id, String reason) implements InboundDelegationEvent {
}
