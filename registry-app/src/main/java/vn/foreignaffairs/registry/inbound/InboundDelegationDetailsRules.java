package vn.foreignaffairs.registry.inbound;

import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.inbound.ForeignParty;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDetails;
import vn.foreignaffairs.registry.api.inbound.ProgrammeDay;

/** What the details of an inbound delegation must satisfy (DOMAIN.md, "Inbound delegation"). */
final class InboundDelegationDetailsRules {

    private InboundDelegationDetailsRules() {
    }

    /** Every version of the details, draft or not: who comes, why, when, and a programme within the visit. */
    static void check(InboundDelegationDetails details) {
        ForeignParty party = details.foreignParty();
        if (party == null || isBlank(party.countryCode())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignParty.countryCode",
                    "An inbound delegation needs the country of its foreign party.");
        }
        if (isBlank(party.organisation()) && isBlank(party.locality())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignParty.organisation",
                    "Name the foreign organisation or locality that sends the delegation.");
        }
        if (details.purpose() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "purpose",
                    "An inbound delegation needs its purpose.");
        }
        if (details.arrivalDate() == null || details.departureDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED,
                    details.arrivalDate() == null ? "arrivalDate" : "departureDate",
                    "An inbound delegation needs its arrival and departure dates.");
        }
        if (details.departureDate().isBefore(details.arrivalDate())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "departureDate",
                    "The departure date is before the arrival date.");
        }
        if (details.size() < 1) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "size",
                    "An inbound delegation has at least one guest.");
        }
        List<ProgrammeDay> programme = details.programme();
        for (int i = 0; i < programme.size(); i++) {
            LocalDate day = programme.get(i).date();
            String field = "programme[" + i + "].date";
            if (day == null) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, field, "Each programme day needs its date.");
            }
            if (day.isBefore(details.arrivalDate()) || day.isAfter(details.departureDate())) {
                throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, field,
                        "The programme day " + day + " is outside the visit (" + details.arrivalDate() + " to "
                                + details.departureDate() + ").");
            }
        }
    }

    /**
     * What the competent authority needs to decide: the visit's own plan, that is its programme
     * and the reception plan (kế hoạch đón tiếp). A draft may still be without them.
     */
    static void checkReadyForApproval(InboundDelegationDetails details) {
        if (details.programme().isEmpty()) {
            throw new RuleViolation(RefusalCode.PROGRAMME_REQUIRED, "programme",
                    "Add the programme of the visit before submitting it.");
        }
        if (isBlank(details.receptionPlan())) {
            throw new RuleViolation(RefusalCode.RECEPTION_PLAN_REQUIRED, "receptionPlan",
                    "Add the reception plan (kế hoạch đón tiếp) before submitting the visit.");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
