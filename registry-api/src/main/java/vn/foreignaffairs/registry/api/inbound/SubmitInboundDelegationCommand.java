package vn.foreignaffairs.registry.api.inbound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitInboundDelegationCommand(@TargetAggregateIdentifier InboundDelegationId id, Long expectedVersion) {
}
