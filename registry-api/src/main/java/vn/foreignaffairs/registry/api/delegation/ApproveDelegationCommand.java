package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveDelegationCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                       Decision decision) {
}
