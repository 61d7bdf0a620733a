package vn.foreignaffairs.registry.api.inbound;

import java.time.LocalDate;
import java.util.List;

/**
 * What the host agency fills in for an inbound delegation; everything but the host agency may be
 * revised in draft. {@code size} is the number of guests; {@code receptionPlan} is the plan for
 * receiving them (kế hoạch đón tiếp).
 */
public record InboundDelegationDetails(
        String title,
        ForeignParty foreignParty,
        InboundPurpose purpose,
        LocalDate arrivalDate,
        LocalDate departureDate,
        int size,
        List<ProgrammeDay> programme,
        String receptionPlan) {

    public InboundDelegationDetails {
        programme = programme == null ? List.of() : List.copyOf(programme);
    }
}
