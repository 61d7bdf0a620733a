package vn.foreignaffairs.registry.api.calendar;

import java.time.LocalDate;

/** A day was taken out of a country's calendar; {@code name} is what it was called until then. */
public record HolidayRemoved(CalendarId id, String country, LocalDate date, HolidayKind kind, String name,
                             String reason) {
}
