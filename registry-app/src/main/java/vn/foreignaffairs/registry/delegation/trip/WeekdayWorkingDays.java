package vn.foreignaffairs.registry.delegation.trip;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Working days of a Vietnamese public office: Monday to Friday, less the public holidays and the
 * days the Government adds to them for public servants, plus the Saturdays worked in exchange.
 *
 * <p><b>Stop-gap, to be replaced when the shared holiday calendar is merged:</b> this class is to
 * become a delegation to {@code vn.foreignaffairs.registry.calendar.HolidayCalendar
 * .addWorkingDays("VN", start, days)}, which keeps the calendar as configuration. The list
 * below is deliberately small and covers 2025 to 2027 only; any later year counts weekdays alone.
 *
 * <p>Sources: the Labour Code 2019 art. 112 (fixed holidays) and the yearly notices of the
 * Ministry of Labour (2025) and Ministry of Home Affairs (2026) for public servants. Still to be
 * checked against the official notices before they are relied on: the day next to 2 September
 * in 2026 and 2027; Tết 2027 (Lunar New Year falls on Saturday 6 February 2027; the 5 days off
 * are not fixed here); Hùng Kings' day 2027 (10th day of the 3rd lunar month); and any day
 * swapped in 2027.
 */
@Component
public class WeekdayWorkingDays implements WorkingDays {

    private static final Set<LocalDate> HOLIDAYS = Stream.of(
            // 2025
            LocalDate.of(2025, 1, 1),
            // Tết Ất Tỵ: Saturday 25 January to Sunday 2 February
            LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
            LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 4, 7), // Hùng Kings' day
            LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 2), // swapped with Saturday 26 April
            LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), // National Day: 30 August to 2 September
            // 2026
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 2), // swapped with Saturday 10 January
            // Tết Bính Ngọ: Saturday 14 February to Sunday 22 February
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 27), // Hùng Kings' day falls on Sunday 26 April: the Monday off instead
            LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 2), // National Day; the day next to it is to be checked
            // 2027 (Tết and Hùng Kings' day to be added once checked)
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 4, 30),
            LocalDate.of(2027, 5, 3), // 1 May falls on a Saturday: the Monday off instead
            LocalDate.of(2027, 9, 2) // National Day; the day next to it is to be checked
    ).collect(Collectors.toUnmodifiableSet());

    /** Saturdays worked in exchange for a weekday added to a holiday. */
    private static final Set<LocalDate> WORKED_SATURDAYS = Set.of(
            LocalDate.of(2025, 4, 26),
            LocalDate.of(2026, 1, 10));

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    boolean isWorkingDay(LocalDate day) {
        if (WORKED_SATURDAYS.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !HOLIDAYS.contains(day);
    }
}
