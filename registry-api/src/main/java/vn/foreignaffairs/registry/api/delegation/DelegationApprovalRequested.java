package vn.foreignaffairs.registry.api.delegation;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;

/**
 * An approver approved an off-plan delegation; the approval waits for one of the agency's slots
 * for the year, which the annual plan's quota grants or refuses.
 */
public record DelegationApprovalRequested(DelegationId id, String attemptId, AnnualPlanId plan, AgencyCode agency,
                                          int year, long quotaLimit, Decision decision, String overrideReason)
        implements DelegationEvent {
}
