package vn.foreignaffairs.registry.delegation;

import java.util.UUID;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.ApprovalResult;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationApprovalRequested;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.SlotDecision;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.freeze.FreezeBook;
import vn.foreignaffairs.registry.policy.Policies;
import vn.foreignaffairs.registry.web.CommandSender;

/**
 * Approving a delegation: refused during a freeze unless exempt; an off-plan one takes one of
 * its agency's slots for the year, or is refused with {@code OFF_PLAN_QUOTA_EXCEEDED}.
 */
@Component
public class DelegationApprovals {

    private final CommandSender commands;
    private final Policies policies;
    private final FreezeBook freezes;

    public DelegationApprovals(CommandSender commands, Policies policies, FreezeBook freezes) {
        this.commands = commands;
        this.policies = policies;
        this.freezes = freezes;
    }

    /**
     * The delegation's version after the approval; {@code pending} when an off-plan approval was
     * recorded but its quota step could not finish now (the recovery processor finishes it).
     */
    public record Outcome(long version, boolean pending) {
    }

    public Outcome approve(DelegationView delegation, Long expectedVersion, Decision decision, String overrideReason) {
        DelegationId id = new DelegationId(delegation.id());
        if (!delegation.details().quotaExemption().exempt()) {
            freezes.requireNoFreezeToday(delegation.agency());
        }
        long limit = policies.value(PolicyKey.OFF_PLAN_QUOTA_PER_AGENCY_YEAR, delegation.agency());
        String attemptId = UUID.randomUUID().toString();
        ApprovalResult result = commands.send(new ApproveDelegationCommand(id, expectedVersion, decision,
                overrideReason, attemptId, limit), overrideReason);
        if (!result.pending()) {
            return new Outcome(result.version(), false);
        }
        int year = delegation.details().departureDate().getYear();
        AgencyCode agency = new AgencyCode(delegation.agency());
        DelegationApprovalRequested attempt = new DelegationApprovalRequested(id, attemptId,
                AnnualPlanId.of(agency, year), agency, year, limit, decision, overrideReason);
        OffPlanApprovalCompletion.Outcome outcome;
        try {
            outcome = OffPlanApprovalCompletion.complete(attempt, command -> commands.send(command, overrideReason));
        } catch (ConcurrencyException contended) {
            return new Outcome(result.version(), true);
        }
        if (outcome.slot() == SlotDecision.REFUSED) {
            throw new RuleViolation(RefusalCode.OFF_PLAN_QUOTA_EXCEEDED, "Agency " + delegation.agency()
                    + " has used all " + limit + " off-plan delegations allowed for " + year
                    + " (Quảng Nam 2025 §10: không quá 02 lần/năm). The approval was not recorded.");
        }
        return new Outcome(outcome.version(), false);
    }
}
