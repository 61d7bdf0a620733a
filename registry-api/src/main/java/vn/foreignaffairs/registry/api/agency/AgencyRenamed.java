package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;

/** The agency bears a new name (đổi tên) from {@code effectiveDate}; its code and records stay. */
public record AgencyRenamed(AgencyCode code, String name, String nameEn, LocalDate effectiveDate,
                            String decisionReference, String reason) implements AgencyEvent {
}
