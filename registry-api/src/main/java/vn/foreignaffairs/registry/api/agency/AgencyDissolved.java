package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;

/** The agency was dissolved (giải thể) from {@code effectiveDate}; its records stay under its code. */
public record AgencyDissolved(AgencyCode code, LocalDate effectiveDate, String decisionReference, String reason)
        implements AgencyEvent {
}
