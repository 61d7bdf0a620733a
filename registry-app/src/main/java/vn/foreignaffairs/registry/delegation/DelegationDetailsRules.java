package vn.foreignaffairs.registry.delegation;

import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.CostEstimate;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.OffPlanCase;

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
        if (details.quotaExemption().exempt() && !details.offPlan()) {
            throw new RuleViolation(RefusalCode.EXEMPTION_NOT_ALLOWED, "quotaExemption",
                    "Only an off-plan delegation can be exempt from the off-plan quota.");
        }
        CostEstimate cost = details.costEstimate();
        if (cost != null && !cost.funding().isEmpty() && cost.fundedVnd() != cost.totalVnd()) {
            throw new RuleViolation(RefusalCode.FUNDING_DOES_NOT_MATCH_TOTAL, "costEstimate.funding",
                    "The funding sources add up to " + cost.fundedVnd() + " VND but the estimate is "
                            + cost.totalVnd() + " VND.");
        }
    }

    /**
     * Before submission every trip needs its programme (rule 1); an off-plan one also its visit
     * proposal, the partner's invitation letter and the agencies to consult (rule 2).
     */
    static void checkReadyToSubmit(DelegationDetails details) {
        if (details.programme().isEmpty()) {
            throw new RuleViolation(RefusalCode.PROGRAMME_REQUIRED, "programme",
                    "A delegation is submitted with its day-by-day programme (chương trình làm việc).");
        }
        if (!details.offPlan()) {
            return;
        }
        OffPlanCase offPlan = details.offPlanCase();
        if (offPlan == null || isBlank(offPlan.reason()) || isBlank(offPlan.necessity())) {
            throw new RuleViolation(RefusalCode.VISIT_PROPOSAL_REQUIRED, "offPlanCase.reason",
                    "An off-plan delegation needs its visit proposal (Đề án chuyến thăm): reason and necessity.");
        }
        if (isBlank(offPlan.invitationLetterReference())) {
            throw new RuleViolation(RefusalCode.INVITATION_LETTER_REQUIRED, "offPlanCase.invitationLetterReference",
                    "An off-plan delegation needs the partner's invitation letter (thư mời).");
        }
        if (offPlan.consultedAgencies().isEmpty()) {
            throw new RuleViolation(RefusalCode.CONSULTED_AGENCIES_REQUIRED, "offPlanCase.consultedAgencies",
                    "Name the agencies whose opinions are sought before the decision.");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
