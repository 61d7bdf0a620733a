package vn.foreignaffairs.registry.api.calendar;

import java.time.LocalDate;

/** A day was added to a country's calendar, over what its data file says. */
public record HolidayAdded(CalendarId id, String country, LocalDate date, HolidayKind kind, String name,
                           String reason) {
}
