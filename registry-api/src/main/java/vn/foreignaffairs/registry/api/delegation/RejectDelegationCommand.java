package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectDelegationCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                      String reason) {
}
