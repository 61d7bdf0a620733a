package vn.foreignaffairs.registry.api.inbound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectInboundDelegationCommand(@TargetAggregateIdentifier InboundDelegationId id, Long expectedVersion,
                                             String reason) {
}
