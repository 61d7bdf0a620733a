package vn.foreignaffairs.registry.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.delegation.DelegationId;

/**
 * Asks the quota for a slot for one approval attempt of an off-plan delegation. Decided once per
 * attempt and recorded either way, so repeating it gives the same answer ({@link SlotDecision}).
 */
public record TakeOffPlanSlotCommand(@TargetAggregateIdentifier AnnualPlanId id, AgencyCode agency, int year,
                                     DelegationId delegation, String attemptId, long limit) {
}
