package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import java.util.List;

/** What an officer fills in for an outbound delegation; everything but the agency may be revised in draft. */
public record DelegationDetails(
        String title,
        String purpose,
        List<Destination> destinations,
        List<String> foreignPartners,
        LocalDate departureDate,
        LocalDate returnDate,
        List<Member> members,
        CostEstimate costEstimate) {

    public DelegationDetails {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        foreignPartners = foreignPartners == null ? List.of() : List.copyOf(foreignPartners);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
