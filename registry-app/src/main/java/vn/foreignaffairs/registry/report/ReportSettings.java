package vn.foreignaffairs.registry.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportPeriod;

/**
 * The province's reporting calendar (chế độ báo cáo): the last day, as month-day ({@code 05-14}),
 * on which each report of a year is on time, and how many days ahead an agreement counts as
 * expiring. The defaults are Quảng Nam's 2025 plan ("trước ngày 15/5", "trước ngày 15/10").
 */
@ConfigurationProperties("registry.reports")
public record ReportSettings(
        @DefaultValue("05-14") String halfYearDeadline,
        @DefaultValue("10-14") String annualDeadline,
        @DefaultValue("90") int expiringWithinDays) {

    public ReportSettings {
        monthDay(halfYearDeadline, "half-year-deadline");
        monthDay(annualDeadline, "annual-deadline");
        if (expiringWithinDays < 1) {
            throw new IllegalArgumentException("registry.reports.expiring-within-days must be at least 1");
        }
    }

    /** The last day on which the report of {@code period} is on time. */
    public LocalDate deadline(ReportPeriod period) {
        String deadline = period.kind() == ReportKind.HALF_YEAR ? halfYearDeadline : annualDeadline;
        return monthDay(deadline, "deadline").atYear(period.year());
    }

    private static MonthDay monthDay(String value, String name) {
        try {
            return MonthDay.parse("--" + value.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("registry.reports." + name + " must be a month-day like 05-14, not "
                    + value, e);
        }
    }
}
