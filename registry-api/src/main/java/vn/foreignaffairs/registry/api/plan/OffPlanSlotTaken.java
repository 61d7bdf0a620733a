package vn.foreignaffairs.registry.api.plan;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.delegation.DelegationId;

/** An off-plan delegation's approval attempt used one of the agency's slots for the year. */
public record OffPlanSlotTaken(AnnualPlanId id, AgencyCode agency, int year, DelegationId delegation,
                               String attemptId, long limit, int usedAfter) implements AnnualPlanEvent {
}
