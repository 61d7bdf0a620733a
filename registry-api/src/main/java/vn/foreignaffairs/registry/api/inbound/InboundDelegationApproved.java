package vn.foreignaffairs.registry.api.inbound;

public record InboundDelegationApproved(InboundDelegationId id, ApprovalDecision decision)
        implements InboundDelegationEvent {
}
