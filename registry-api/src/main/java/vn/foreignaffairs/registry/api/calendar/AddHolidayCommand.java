package vn.foreignaffairs.registry.api.calendar;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator adds a day to a country's calendar; {@code kind} null means a public holiday. */
public record AddHolidayCommand(@TargetAggregateIdentifier CalendarId id, String country, LocalDate date,
                                HolidayKind kind, String name, String reason) {
}
