package vn.foreignaffairs.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.calendar.HolidayChangeView;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;

class HolidayCalendarTest {

    private static final HolidayDataFiles DATA_FILES = new HolidayDataFiles();

    private final List<HolidayChangeView> changes = new ArrayList<>();
    private final HolidayCalendar calendar = new HolidayCalendar(DATA_FILES, country -> changes.stream()
            .filter(change -> change.country().equals(country)).toList());

    private void adminChange(String country, LocalDate date, String name, boolean removed) {
        changes.add(new HolidayChangeView(country, date, HolidayKind.PUBLIC_HOLIDAY, name, removed, changes.size() + 1,
                "admin", Instant.parse("2026-11-20T08:00:00Z"), "Thông báo của Chính phủ"));
    }

    @Test
    void workingDaysSkipWeekends() {
        LocalDate friday = LocalDate.of(2025, 3, 7);
        assertThat(calendar.addWorkingDays("VN", friday, 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.addWorkingDays("VN", friday, 5)).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(calendar.addWorkingDays("VN", friday, 0)).isEqualTo(friday);
    }

    @Test
    void workingDaysSkipTheTetHolidays() {
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void countingBackwardsSkipsTheSameDays() {
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2026, 2, 23), -1)).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void aSaturdayWorkedInExchangeIsAWorkingDay() {
        LocalDate makeUpSaturday = LocalDate.of(2025, 2, 15);
        assertThat(calendar.isWorkingDay("VN", makeUpSaturday)).isTrue();
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2025, 2, 14), 1)).isEqualTo(makeUpSaturday);
        assertThat(calendar.isWorkingDay("VN", LocalDate.of(2025, 2, 22))).isFalse();
    }

    @Test
    void aHolidayOnASundayGivesTheMondayOff() {
        assertThat(calendar.holidayName("VN", LocalDate.of(2026, 4, 26))).get().asString().contains("Hùng");
        assertThat(calendar.isHoliday("VN", LocalDate.of(2026, 4, 27))).isTrue();
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void anAddedHolidayIsSkipped() {
        LocalDate monday = LocalDate.of(2029, 6, 11);
        LocalDate added = LocalDate.of(2029, 6, 12);
        assertThat(calendar.addWorkingDays("DE", monday, 1)).isEqualTo(added);

        adminChange("DE", added, "Staatstrauer", false);

        assertThat(calendar.isHoliday("DE", added)).isTrue();
        assertThat(calendar.holidayName("DE", added)).contains("Staatstrauer");
        assertThat(calendar.addWorkingDays("DE", monday, 1)).isEqualTo(LocalDate.of(2029, 6, 13));
        assertThat(calendar.holidaysBetween("DE", added, added)).singleElement()
                .satisfies(holiday -> {
                    assertThat(holiday.source()).isEqualTo(Holiday.Source.ADMIN);
                    assertThat(holiday.changedBy()).isEqualTo("admin");
                });
    }

    @Test
    void aRemovedHolidayIsAWorkingDayAgain() {
        LocalDate hungKings = LocalDate.of(2025, 4, 7);
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2025, 4, 4), 1)).isEqualTo(LocalDate.of(2025, 4, 8));

        adminChange("VN", hungKings, "Giỗ Tổ Hùng Vương", true);

        assertThat(calendar.isHoliday("VN", hungKings)).isFalse();
        assertThat(calendar.addWorkingDays("VN", LocalDate.of(2025, 4, 4), 1)).isEqualTo(hungKings);
    }

    @Test
    void aBreakIsListedButIsNoHoliday() {
        LocalDate inGoldenWeek = LocalDate.of(2028, 5, 1);
        assertThat(calendar.isHoliday("JP", inGoldenWeek)).isFalse();
        assertThat(calendar.isWorkingDay("JP", inGoldenWeek)).isTrue();
        assertThat(calendar.holidaysBetween("JP", inGoldenWeek, inGoldenWeek)).singleElement()
                .satisfies(holiday -> {
                    assertThat(holiday.name()).isEqualTo("Golden Week");
                    assertThat(holiday.kind()).isEqualTo(HolidayKind.BREAK);
                    assertThat(holiday.source()).isEqualTo(Holiday.Source.DATA_FILE);
                });
    }

    @Test
    void aCountryWithoutACalendarHasOnlyWeekends() {
        assertThat(calendar.holidaysBetween("NZ", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31))).isEmpty();
        assertThat(calendar.addWorkingDays("NZ", LocalDate.of(2028, 12, 22), 1)).isEqualTo(LocalDate.of(2028, 12, 25));
    }
}
