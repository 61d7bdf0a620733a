package vn.foreignaffairs.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;

/** The data files load, cover the years and countries promised, and hold the dates officially given. */
class HolidayDataFilesTest {

    private static final HolidayDataFiles FILES = new HolidayDataFiles();

    private static boolean publicHoliday(String country, LocalDate date) {
        return FILES.name(country, date, HolidayKind.PUBLIC_HOLIDAY).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VN", "JP", "KR", "CN", "LA", "KH", "TH", "DE", "AU", "US", "FR"})
    void everyCountryHasAFileCoveringTheYearsWithItsSource(String country) {
        HolidayDataFiles.CountryFile file = FILES.file(country).orElseThrow();
        assertThat(file.source()).as("# source: line of " + file.file()).isNotBlank();
        for (int year = 2025; year <= 2028; year++) {
            assertThat(publicHoliday(country, LocalDate.of(year, 1, 1)))
                    .as(country + " " + year + "-01-01").isTrue();
        }
        assertThat(file.lastYear()).isGreaterThanOrEqualTo(2028);
    }

    @Test
    void vietnamKeepsTetAsOfficiallyGiven() {
        for (LocalDate day = LocalDate.of(2025, 1, 25); !day.isAfter(LocalDate.of(2025, 2, 2)); day = day.plusDays(1)) {
            assertThat(publicHoliday("VN", day)).as(day.toString()).isTrue();
        }
        for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22)); day = day.plusDays(1)) {
            assertThat(publicHoliday("VN", day)).as(day.toString()).isTrue();
        }
        assertThat(publicHoliday("VN", LocalDate.of(2025, 2, 3))).isFalse();
        assertThat(publicHoliday("VN", LocalDate.of(2026, 2, 13))).isFalse();
        assertThat(publicHoliday("VN", LocalDate.of(2026, 2, 23))).isFalse();
    }

    @Test
    void vietnamHasItsNationalHolidaysEveryYear() {
        List<LocalDate> hungKings = List.of(LocalDate.of(2025, 4, 7), LocalDate.of(2026, 4, 26),
                LocalDate.of(2027, 4, 16), LocalDate.of(2028, 4, 4));
        for (LocalDate day : hungKings) {
            assertThat(FILES.name("VN", day, HolidayKind.PUBLIC_HOLIDAY)).get().asString().contains("Hùng");
        }
        for (int year = 2025; year <= 2028; year++) {
            assertThat(publicHoliday("VN", LocalDate.of(year, 4, 30))).isTrue();
            assertThat(publicHoliday("VN", LocalDate.of(year, 5, 1))).isTrue();
            assertThat(publicHoliday("VN", LocalDate.of(year, 9, 2))).isTrue();
            assertThat(publicHoliday("VN", LocalDate.of(year, 9, 1)) || publicHoliday("VN", LocalDate.of(year, 9, 3)))
                    .as("the day next to 2/9/" + year).isTrue();
        }
    }

    @Test
    void madeUpWorkingDaysAreWeekends() {
        for (String country : FILES.countries()) {
            FILES.file(country).orElseThrow().days().forEach((date, kinds) -> {
                if (kinds.containsKey(HolidayKind.WORKING_DAY)) {
                    assertThat(date.getDayOfWeek()).as(country + " " + date)
                            .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                }
            });
        }
    }

    @Test
    void partnersLunarHolidaysFollowTheirOwnCalendars() {
        assertThat(FILES.name("JP", LocalDate.of(2028, 5, 3), HolidayKind.BREAK)).contains("Golden Week");
        assertThat(publicHoliday("CN", LocalDate.of(2025, 1, 28))).isTrue();
        assertThat(publicHoliday("CN", LocalDate.of(2025, 2, 4))).isTrue();
        assertThat(publicHoliday("KR", LocalDate.of(2027, 2, 6))).isTrue();
        assertThat(publicHoliday("KR", LocalDate.of(2027, 2, 9))).as("substitute for Seollal on a Sunday").isTrue();
        assertThat(publicHoliday("KR", LocalDate.of(2028, 1, 28))).as("Seollal 2028 is 27 January in Korea").isTrue();
        assertThat(publicHoliday("KR", LocalDate.of(2025, 10, 6))).as("Chuseok 2025").isTrue();
        assertThat(publicHoliday("TH", LocalDate.of(2025, 4, 14))).as("Songkran").isTrue();
        assertThat(publicHoliday("LA", LocalDate.of(2026, 4, 15))).as("Pi Mai Lao").isTrue();
    }

    @Test
    void aMalformedFileStopsStartUp() {
        assertThatThrownBy(() -> new HolidayDataFiles("classpath*:bad-calendars/*.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("calendars/ZZ.csv:4");
    }
}
