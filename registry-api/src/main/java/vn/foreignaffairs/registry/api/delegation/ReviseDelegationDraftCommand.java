package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion} is the version the writer last read, or null to skip the check. */
public record ReviseDelegationDraftCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                           DelegationDetails details) {
}
