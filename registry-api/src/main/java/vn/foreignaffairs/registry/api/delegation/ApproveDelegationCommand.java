package vn.foreignaffairs.registry.api.delegation;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.policy.PolicyKey;

/**
 * Approval with its decision. {@code overrideReason} is needed when a consulted agency disagreed;
 * {@code attemptId} names this approval attempt and {@code offPlanQuotaLimit} is the quota in force
 * for the delegation's agency, both used only when the approval takes an off-plan slot.
 */
public record ApproveDelegationCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                       Decision decision, String overrideReason, String attemptId,
                                       long offPlanQuotaLimit) {

    /** An approval without override, under the legal default quota. */
    public ApproveDelegationCommand(DelegationId id, Long expectedVersion, Decision decision) {
        this(id, expectedVersion, decision, null, UUID.randomUUID().toString(),
                PolicyKey.OFF_PLAN_QUOTA_PER_AGENCY_YEAR.defaultValue());
    }
}
