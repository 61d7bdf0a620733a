package vn.foreignaffairs.registry.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.calendar.HolidayChangeView;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;

/**
 * The holiday calendars in force: each country's data file with administrators' changes laid
 * over it. {@code VN} is the registry's own calendar, the one its working days are counted in.
 * Country codes are ISO 3166-1 alpha-2; a country without a file or changes has no holidays.
 */
@Component
public class HolidayCalendar {

    /** The registry's own country, whose calendar counts working days for its deadlines. */
    public static final String REGISTRY_COUNTRY = "VN";

    /** No real calendar has a year without working days; this stops a broken one from looping. */
    private static final int MAX_DAYS_SEARCHED = 3_660;

    private final HolidayDataFiles dataFiles;
    private final HolidayChanges changes;

    public HolidayCalendar(HolidayDataFiles dataFiles, HolidayChanges changes) {
        this.dataFiles = dataFiles;
        this.changes = changes;
    }

    /** Whether the day is a public holiday in that country (breaks are not). */
    public boolean isHoliday(String country, LocalDate date) {
        return holidayName(country, date).isPresent();
    }

    /** The name of the country's public holiday on that day, if it is one. */
    public Optional<String> holidayName(String country, LocalDate date) {
        return Optional.ofNullable(inForce(country, date, date).getOrDefault(date, Map.of())
                .get(HolidayKind.PUBLIC_HOLIDAY)).map(Holiday::name);
    }

    /** Every day in force from {@code from} to {@code to} (both included), of every kind, by date. */
    public List<Holiday> holidaysBetween(String country, LocalDate from, LocalDate to) {
        List<Holiday> holidays = new ArrayList<>();
        inForce(country, from, to).values().forEach(kinds -> holidays.addAll(kinds.values()));
        return holidays;
    }

    /** Whether offices of the country work that day: a weekday that is no public holiday, or a make-up day. */
    public boolean isWorkingDay(String country, LocalDate date) {
        return isWorkingDay(inForce(country, date, date).getOrDefault(date, Map.of()), date);
    }

    /**
     * The day {@code workingDays} working days after {@code start} (before it when negative),
     * skipping Saturdays, Sundays and the country's public holidays, and counting the weekend
     * days it officially works. {@code start} itself is not counted: 5 working days after a
     * Friday is the next Friday in a week without holidays; 0 gives {@code start}.
     */
    public LocalDate addWorkingDays(String country, LocalDate start, int workingDays) {
        int step = workingDays < 0 ? -1 : 1;
        int remaining = Math.abs(workingDays);
        LocalDate from = step > 0 ? start : start.minusDays(MAX_DAYS_SEARCHED);
        LocalDate to = step > 0 ? start.plusDays(MAX_DAYS_SEARCHED) : start;
        TreeMap<LocalDate, Map<HolidayKind, Holiday>> days = inForce(country, from, to);
        LocalDate date = start;
        for (int searched = 0; remaining > 0; searched++) {
            if (searched >= MAX_DAYS_SEARCHED) {
                throw new IllegalStateException("The calendar of " + country + " has no " + workingDays
                        + " working days within " + MAX_DAYS_SEARCHED + " days of " + start);
            }
            date = date.plusDays(step);
            if (isWorkingDay(days.getOrDefault(date, Map.of()), date)) {
                remaining--;
            }
        }
        return date;
    }

    private static boolean isWorkingDay(Map<HolidayKind, Holiday> kinds, LocalDate date) {
        if (kinds.containsKey(HolidayKind.WORKING_DAY)) {
            return true;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !kinds.containsKey(HolidayKind.PUBLIC_HOLIDAY);
    }

    /** The days in force by date and kind: the data file's, less what was removed, plus what was added. */
    private TreeMap<LocalDate, Map<HolidayKind, Holiday>> inForce(String countryCode, LocalDate from, LocalDate to) {
        String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        TreeMap<LocalDate, Map<HolidayKind, Holiday>> days = new TreeMap<>();
        for (Holiday holiday : dataFiles.between(country, from, to)) {
            days.computeIfAbsent(holiday.date(), d -> new EnumMap<>(HolidayKind.class)).put(holiday.kind(), holiday);
        }
        for (HolidayChangeView change : changes.of(country)) {
            if (change.date().isBefore(from) || change.date().isAfter(to)) {
                continue;
            }
            Map<HolidayKind, Holiday> kinds = days.computeIfAbsent(change.date(), d -> new EnumMap<>(HolidayKind.class));
            if (change.removed()) {
                kinds.remove(change.kind());
            } else {
                kinds.put(change.kind(), new Holiday(change.date(), change.name(), change.kind(),
                        Holiday.Source.ADMIN, change.changedBy(), change.changedAt(), change.reason()));
            }
            if (kinds.isEmpty()) {
                days.remove(change.date());
            }
        }
        return days;
    }
}
