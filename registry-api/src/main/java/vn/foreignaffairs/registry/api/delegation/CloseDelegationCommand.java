package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the delegation's file once it is reported and every passport is back. */
public record CloseDelegationCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion) {
}
