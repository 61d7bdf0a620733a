package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/**
 * Answered with {@link OverdueReports}: delegations whose post-trip report was due before
 * {@code asOf} and had not been filed by then. A null agency means every agency.
 */
public record ListOverdueReportsQuery(String agency, LocalDate asOf) {
}
