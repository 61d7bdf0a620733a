package vn.foreignaffairs.registry.api.inbound;

public record InboundDelegationSubmitted(InboundDelegationId id) implements InboundDelegationEvent {
}
