package vn.foreignaffairs.registry.api.inbound;

public record InboundDelegationRejected(InboundDelegationId id, String reason) implements InboundDelegationEvent {
}
