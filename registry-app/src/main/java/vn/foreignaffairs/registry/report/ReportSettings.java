package vn.foreignaffairs.registry.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportPeriod;

/**
 * The province's reporting calendar (chế độ báo cáo): {@code province} picks one of the
 * {@link ProvinceReportCalendar}s, and any value set under {@code half-year} or {@code annual}
 * replaces the calendar's own (blank keeps it). Each report counts the days from {@code from}
 * to {@code cut-off} and is on time up to {@code deadline}, all month-days ({@code 05-14}); a
 * {@code from} later in the year than the cut-off is in the year before (an annual report from
 * {@code 10-01} to {@code 09-30}). The cut-off must come before the deadline: a report cannot
 * count days after it is due. {@code annual.includes-next-year} adds next year's outlook to the
 * annual report. {@code expiring-within-days}: how far ahead an agreement counts as expiring.
 */
@ConfigurationProperties("registry.reports")
public record ReportSettings(
        @DefaultValue("quang-nam") String province,
        Schedule halfYear,
        Schedule annual,
        @DefaultValue("90") int expiringWithinDays) {

    /** One report's days as month-days, and whether it has next year's outlook ("true" or "false"). */
    public record Schedule(String from, String cutOff, String deadline, String includesNextYear) {
    }

    public ReportSettings {
        ProvinceReportCalendar calendar = ProvinceReportCalendar.of(province);
        province = calendar.key();
        halfYear = resolved(halfYear, calendar.halfYear(), "half-year");
        annual = resolved(annual, calendar.annual(), "annual");
        if (Boolean.parseBoolean(halfYear.includesNextYear())) {
            throw new IllegalArgumentException("registry.reports.half-year.includes-next-year: only the annual "
                    + "report has next year's outlook");
        }
        if (expiringWithinDays < 1) {
            throw new IllegalArgumentException("registry.reports.expiring-within-days must be at least 1");
        }
    }

    /** The days {@code period} counts, its deadline, and whether it has next year's outlook. */
    public PeriodDates dates(ReportPeriod period) {
        Schedule schedule = schedule(period.kind());
        MonthDay from = MonthDay.parse("--" + schedule.from());
        MonthDay cutOff = MonthDay.parse("--" + schedule.cutOff());
        int firstYear = from.isAfter(cutOff) ? period.year() - 1 : period.year();
        return new PeriodDates(period, from.atYear(firstYear), cutOff.atYear(period.year()),
                MonthDay.parse("--" + schedule.deadline()).atYear(period.year()),
                Boolean.parseBoolean(schedule.includesNextYear()));
    }

    /** The last day on which the report of {@code period} is on time. */
    public LocalDate deadline(ReportPeriod period) {
        return dates(period).deadline();
    }

    /** The report due next on {@code today}: the first of this year's two and next year's 6-month one not past its deadline. */
    public ReportPeriod nextDue(LocalDate today) {
        int year = today.getYear();
        for (ReportPeriod period : new ReportPeriod[] {new ReportPeriod(year, ReportKind.HALF_YEAR),
                new ReportPeriod(year, ReportKind.ANNUAL)}) {
            if (!deadline(period).isBefore(today)) {
                return period;
            }
        }
        return new ReportPeriod(year + 1, ReportKind.HALF_YEAR);
    }

    private Schedule schedule(ReportKind kind) {
        return kind == ReportKind.HALF_YEAR ? halfYear : annual;
    }

    private static Schedule resolved(Schedule configured, Schedule preset, String name) {
        Schedule set = configured == null ? new Schedule(null, null, null, null) : configured;
        String prefix = "registry.reports." + name + ".";
        String from = monthDay(or(set.from(), preset.from()), prefix + "from");
        String cutOff = monthDay(or(set.cutOff(), preset.cutOff()), prefix + "cut-off");
        String deadline = monthDay(or(set.deadline(), preset.deadline()), prefix + "deadline");
        if (!MonthDay.parse("--" + cutOff).isBefore(MonthDay.parse("--" + deadline))) {
            throw new IllegalArgumentException(prefix + "cut-off (" + cutOff + ") must come before " + prefix
                    + "deadline (" + deadline + "): a report cannot count days after it is due");
        }
        String includesNextYear = or(set.includesNextYear(), preset.includesNextYear()).strip().toLowerCase();
        if (!includesNextYear.equals("true") && !includesNextYear.equals("false")) {
            throw new IllegalArgumentException(prefix + "includes-next-year must be true or false, not "
                    + set.includesNextYear());
        }
        return new Schedule(from, cutOff, deadline, includesNextYear);
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String monthDay(String value, String name) {
        try {
            return MonthDay.parse("--" + value).toString().substring(2);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " must be a month-day like 05-14, not " + value, e);
        }
    }
}
