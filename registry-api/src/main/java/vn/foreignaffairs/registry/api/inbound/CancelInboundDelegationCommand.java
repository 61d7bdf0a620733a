package vn.foreignaffairs.registry.api.inbound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelInboundDelegationCommand(@TargetAggregateIdentifier InboundDelegationId id, Long expectedVersion,
                                             String reason) {
}
