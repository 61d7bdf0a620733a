package vn.foreignaffairs.registry.api.calendar;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator takes a day out of a country's calendar; {@code kind} null means a public holiday. */
public record RemoveHolidayCommand(@TargetAggregateIdentifier CalendarId id, String country, LocalDate date,
                                   HolidayKind kind, String reason) {
}
