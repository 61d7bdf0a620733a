package vn.foreignaffairs.registry.api.delegation;

import vn.foreignaffairs.registry.api.plan.AnnualPlanId;

/** A cancelled off-plan delegation gives its slot back to its agency's quota for the year. */
public record OffPlanSlotReturned(DelegationId id, AnnualPlanId plan) implements DelegationEvent {
}
