package vn.foreignaffairs.registry.aid;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.policy.Policies;

/**
 * The deadlines of aid, from the policies in force for the receiving agency when they start
 * running (DOMAIN.md, national rules): the appraisal, in days from the complete file, and the
 * start, in months from the approval decision.
 */
@Component
class AidDeadlines {

    private final Policies policies;

    AidDeadlines(Policies policies) {
        this.policies = policies;
    }

    LocalDate appraisalDue(String receivingAgency, LocalDate fileCompletedOn) {
        return fileCompletedOn.plusDays(policies.value(PolicyKey.AID_APPRAISAL_DAYS, receivingAgency));
    }

    /** The last day the aid may start; a revocation must be dated after it. */
    LocalDate startDeadline(String receivingAgency, LocalDate approvedOn) {
        return approvedOn.plusMonths(policies.value(PolicyKey.AID_START_PERIOD_MONTHS, receivingAgency));
    }
}
