package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitDelegationCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion) {
}
