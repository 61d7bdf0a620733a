package vn.foreignaffairs.registry.delegation.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.calendar.HolidayCalendar;
import vn.foreignaffairs.registry.calendar.HolidayDataFiles;

/** Working days for handing passports back, by Vietnam's calendar in its data file. */
class ProvinceWorkingDaysTest {

    static final WorkingDays VIETNAM = new ProvinceWorkingDays(
            new HolidayCalendar(new HolidayDataFiles(), country -> List.of()));

    private final WorkingDays workingDays = VIETNAM;

    @Test
    void fiveWorkingDaysAfterAFridayIsTheNextFriday() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 3, 14), 5)).isEqualTo(LocalDate.of(2025, 3, 21));
    }

    @Test
    void aWeekendReturnCountsFromMonday() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 3, 15), 5)).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 3, 16), 1)).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void tetIsNotCounted() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void reunificationAndLabourDayWithTheDaySwappedAreNotCounted() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 4, 28), 5)).isEqualTo(LocalDate.of(2025, 5, 8));
    }

    @Test
    void aSaturdayWorkedInExchangeCounts() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void nationalDayAndHungKingsDayAreNotCounted() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 8, 29), 1)).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void zeroWorkingDaysIsTheStartDay() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 3, 15), 0)).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2025, 3, 15), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
