package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import java.util.List;

/**
 * What an officer fills in for an outbound delegation; everything but the agency may be revised
 * in draft. A delegation realises the planned item {@code plannedItemId} of its agency's annual
 * plan for the year it departs, or, without one, is off-plan and needs an {@link OffPlanCase}.
 */
public record DelegationDetails(
        String title,
        String purpose,
        List<Destination> destinations,
        List<String> foreignPartners,
        LocalDate departureDate,
        LocalDate returnDate,
        List<Member> members,
        CostEstimate costEstimate,
        List<ProgrammeDay> programme,
        String plannedItemId,
        OffPlanCase offPlanCase,
        QuotaExemption quotaExemption) {

    public DelegationDetails {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        foreignPartners = foreignPartners == null ? List.of() : List.copyOf(foreignPartners);
        members = members == null ? List.of() : List.copyOf(members);
        programme = programme == null ? List.of() : List.copyOf(programme);
        quotaExemption = quotaExemption == null ? QuotaExemption.NONE : quotaExemption;
    }

    /** The details of an on-plan trip as first registered, before programmes and plans were recorded. */
    public DelegationDetails(String title, String purpose, List<Destination> destinations,
                             List<String> foreignPartners, LocalDate departureDate, LocalDate returnDate,
                             List<Member> members, CostEstimate costEstimate) {
        this(title, purpose, destinations, foreignPartners, departureDate, returnDate, members, costEstimate,
                List.of(), null, null, QuotaExemption.NONE);
    }

    public boolean offPlan() {
        return plannedItemId == null || plannedItemId.isBlank();
    }

    /** Off-plan and not exempt: its approval uses one of the agency's off-plan slots. */
    public boolean usesOffPlanQuota() {
        return offPlan() && !quotaExemption.exempt();
    }
}
