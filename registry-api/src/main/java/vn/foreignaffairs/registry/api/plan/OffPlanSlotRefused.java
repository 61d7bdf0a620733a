package vn.foreignaffairs.registry.api.plan;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.delegation.DelegationId;

/** An approval attempt found every slot of the year used: the quota was kept. */
public record OffPlanSlotRefused(AnnualPlanId id, AgencyCode agency, int year, DelegationId delegation,
                                 String attemptId, long limit, int used) implements AnnualPlanEvent {
}
