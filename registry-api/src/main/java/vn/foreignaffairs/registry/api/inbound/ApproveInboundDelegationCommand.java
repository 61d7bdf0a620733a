package vn.foreignaffairs.registry.api.inbound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveInboundDelegationCommand(@TargetAggregateIdentifier InboundDelegationId id, Long expectedVersion,
                                              ApprovalDecision decision) {
}
