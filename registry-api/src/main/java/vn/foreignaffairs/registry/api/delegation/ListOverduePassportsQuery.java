package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/**
 * Answered with {@link OverduePassports}: passports due back before {@code asOf} and not handed
 * back by then. A null agency means every agency.
 */
public record ListOverduePassportsQuery(String agency, LocalDate asOf) {
}
