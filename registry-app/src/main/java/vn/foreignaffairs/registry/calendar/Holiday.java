package vn.foreignaffairs.registry.calendar;

import java.time.Instant;
import java.time.LocalDate;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;

/**
 * A day in force in a country's calendar, with where it comes from: the country's data file,
 * or an administrator's change ({@code changedBy}, {@code changedAt}, {@code reason}).
 */
public record Holiday(LocalDate date, String name, HolidayKind kind, Source source, String changedBy,
                      Instant changedAt, String reason) {

    /** Where a day of the calendar comes from. */
    public enum Source { DATA_FILE, ADMIN }

    static Holiday fromDataFile(LocalDate date, String name, HolidayKind kind) {
        return new Holiday(date, name, kind, Source.DATA_FILE, null, null, null);
    }
}
