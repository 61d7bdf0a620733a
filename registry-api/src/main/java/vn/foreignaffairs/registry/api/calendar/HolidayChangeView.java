package vn.foreignaffairs.registry.api.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest change an administrator made to one day (and kind) of a country's calendar:
 * added under {@code name}, or {@code removed}. {@code version} is the calendar's version after it.
 */
public record HolidayChangeView(String country, LocalDate date, HolidayKind kind, String name, boolean removed,
                                long version, String changedBy, Instant changedAt, String reason) {
}
