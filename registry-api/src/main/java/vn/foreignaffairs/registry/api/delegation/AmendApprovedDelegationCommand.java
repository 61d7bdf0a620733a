package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Điều chỉnh: new dates, members or programme for an approved (or postponed) delegation, which
 * takes effect only with the new decision that orders it.
 */
public record AmendApprovedDelegationCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                             DelegationDetails details, Decision decision) {
}
