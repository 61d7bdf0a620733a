package vn.foreignaffairs.registry.delegation;

import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.CostEstimate;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;

/** What every version of a delegation's details must satisfy (DOMAIN.md, outbound rule 1). */
final class DelegationDetailsRules {

    private DelegationDetailsRules() {
    }

    static void check(DelegationDetails details) {
        if (details.departureDate() == null || details.returnDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED,
                    details.departureDate() == null ? "departureDate" : "returnDate",
                    "A delegation needs its departure and return dates.");
        }
        if (details.returnDate().isBefore(details.departureDate())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "returnDate",
                    "The return date is before the departure date.");
        }
        if (details.destinations().isEmpty()) {
            throw new RuleViolation(RefusalCode.DESTINATION_REQUIRED, "destinations",
                    "A delegation needs at least one destination.");
        }
        if (details.members().isEmpty()) {
            throw new RuleViolation(RefusalCode.MEMBER_REQUIRED, "members",
                    "A delegation needs at least one member.");
        }
        CostEstimate cost = details.costEstimate();
        if (cost != null && !cost.funding().isEmpty() && cost.fundedVnd() != cost.totalVnd()) {
            throw new RuleViolation(RefusalCode.FUNDING_DOES_NOT_MATCH_TOTAL, "costEstimate.funding",
                    "The funding sources add up to " + cost.fundedVnd() + " VND but the estimate is "
                            + cost.totalVnd() + " VND.");
        }
    }
}
