package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;

/**
 * The agency was merged into another (sáp nhập) from {@code effectiveDate}: it is no longer
 * active, its records keep its code and belong from now on to {@code intoCode}, its successor.
 */
public record AgencyMergedInto(AgencyCode code, AgencyCode intoCode, LocalDate effectiveDate,
                               String decisionReference, String reason) implements AgencyEvent {
}
