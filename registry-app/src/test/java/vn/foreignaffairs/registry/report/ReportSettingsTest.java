package vn.foreignaffairs.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportPeriod;
import vn.foreignaffairs.registry.report.ReportSettings.Schedule;

/** The provinces' reporting calendars: the days each report counts and when it is due. */
class ReportSettingsTest {

    private static final ReportPeriod H1_2025 = new ReportPeriod(2025, ReportKind.HALF_YEAR);
    private static final ReportPeriod YEAR_2025 = new ReportPeriod(2025, ReportKind.ANNUAL);

    @Test
    void quangNamReportsBefore15MayAnd15OctoberOnTheMonthsBefore() {
        ReportSettings quangNam = province("quang-nam");
        assertThat(quangNam.dates(H1_2025)).isEqualTo(new PeriodDates(H1_2025, day("2025-01-01"),
                day("2025-04-30"), day("2025-05-14"), false));
        assertThat(quangNam.dates(YEAR_2025)).isEqualTo(new PeriodDates(YEAR_2025, day("2024-10-01"),
                day("2025-09-30"), day("2025-10-14"), false));
    }

    @Test
    void konTumReportsBefore31MayAnd31OctoberAndItsAnnualReportLooksAtNextYear() {
        ReportSettings konTum = province("KON_TUM");
        assertThat(konTum.province()).isEqualTo("kon-tum");
        assertThat(konTum.dates(H1_2025)).isEqualTo(new PeriodDates(H1_2025, day("2025-01-01"),
                day("2025-04-30"), day("2025-05-30"), false));
        assertThat(konTum.dates(YEAR_2025)).isEqualTo(new PeriodDates(YEAR_2025, day("2024-10-01"),
                day("2025-09-30"), day("2025-10-30"), true));
    }

    @Test
    void haTinhAndBinhDinhHaveTheirOwnDeadlines() {
        ReportSettings haTinh = province("ha-tinh");
        assertThat(haTinh.deadline(H1_2025)).isEqualTo(day("2025-05-24"));
        assertThat(haTinh.deadline(YEAR_2025)).isEqualTo(day("2025-10-09"));
        ReportSettings binhDinh = province("binh-dinh");
        assertThat(binhDinh.dates(H1_2025)).isEqualTo(new PeriodDates(H1_2025, day("2025-01-01"),
                day("2025-05-31"), day("2025-06-04"), false));
        assertThat(binhDinh.dates(YEAR_2025)).isEqualTo(new PeriodDates(YEAR_2025, day("2024-11-01"),
                day("2025-10-31"), day("2025-11-29"), false));
    }

    @Test
    void everyCalendarCountsOnlyDaysBeforeItsReportIsDueAndConsecutiveAnnualReportsLeaveNoDayOut() {
        for (ProvinceReportCalendar calendar : ProvinceReportCalendar.values()) {
            ReportSettings settings = province(calendar.key());
            for (ReportKind kind : ReportKind.values()) {
                PeriodDates dates = settings.dates(new ReportPeriod(2026, kind));
                assertThat(dates.to()).as(calendar + " " + kind).isBefore(dates.deadline());
                assertThat(dates.from()).as(calendar + " " + kind).isBefore(dates.to());
            }
            assertThat(settings.dates(new ReportPeriod(2026, ReportKind.ANNUAL)).from())
                    .as(calendar.key()).isEqualTo(settings.dates(new ReportPeriod(2025, ReportKind.ANNUAL)).to()
                            .plusDays(1));
        }
    }

    @Test
    void aValueSetReplacesTheCalendarsOwnAndABlankOneKeepsIt() {
        ReportSettings settings = new ReportSettings("kon-tum", new Schedule(" ", "05-15", "05-25", null),
                new Schedule(null, null, null, "false"), 60);
        assertThat(settings.dates(H1_2025)).isEqualTo(new PeriodDates(H1_2025, day("2025-01-01"),
                day("2025-05-15"), day("2025-05-25"), false));
        assertThat(settings.dates(YEAR_2025).includesNextYear()).isFalse();
        assertThat(settings.deadline(YEAR_2025)).isEqualTo(day("2025-10-30"));
        assertThat(settings.expiringWithinDays()).isEqualTo(60);
    }

    @Test
    void aReportCannotCountDaysAfterItIsDue() {
        assertThatThrownBy(() -> new ReportSettings("quang-nam", new Schedule("01-01", "06-30", "05-14", null), null,
                90)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registry.reports.half-year.cut-off (06-30) must come before");
        assertThatThrownBy(() -> new ReportSettings("quang-nam", null, new Schedule(null, "10-14", null, null), 90))
                .hasMessageContaining("registry.reports.annual.cut-off");
    }

    @Test
    void wrongValuesAreRefusedAtStartUpNamingTheProperty() {
        assertThatThrownBy(() -> new ReportSettings("quang-nam", new Schedule(null, null, "15/5", null), null, 90))
                .hasMessageContaining("registry.reports.half-year.deadline must be a month-day");
        assertThatThrownBy(() -> province("da-nang")).hasMessageContaining("quang-nam, ha-tinh, kon-tum, binh-dinh");
        assertThatThrownBy(() -> new ReportSettings("kon-tum", new Schedule(null, null, null, "true"), null, 90))
                .hasMessageContaining("only the annual report");
        assertThatThrownBy(() -> new ReportSettings("kon-tum", null, new Schedule(null, null, null, "yes"), 90))
                .hasMessageContaining("includes-next-year must be true or false");
        assertThatThrownBy(() -> new ReportSettings("kon-tum", null, null, 0))
                .hasMessageContaining("expiring-within-days");
    }

    @Test
    void theReportDueNextIsTheFirstWhoseDeadlineHasNotPassed() {
        ReportSettings quangNam = province("quang-nam");
        assertThat(quangNam.nextDue(day("2026-05-14"))).isEqualTo(new ReportPeriod(2026, ReportKind.HALF_YEAR));
        assertThat(quangNam.nextDue(day("2026-05-15"))).isEqualTo(new ReportPeriod(2026, ReportKind.ANNUAL));
        assertThat(quangNam.nextDue(day("2026-10-15"))).isEqualTo(new ReportPeriod(2027, ReportKind.HALF_YEAR));
        assertThat(province("binh-dinh").nextDue(day("2026-11-29"))).isEqualTo(new ReportPeriod(2026, ReportKind.ANNUAL));
    }

    private static ReportSettings province(String name) {
        return new ReportSettings(name, null, null, 90);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
