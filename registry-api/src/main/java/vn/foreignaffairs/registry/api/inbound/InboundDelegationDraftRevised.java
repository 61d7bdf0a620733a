package vn.foreignaffairs.registry.api.inbound;

public record InboundDelegationDraftRevised(InboundDelegationId id, InboundDelegationDetails details)
        implements InboundDelegationEvent {
}
