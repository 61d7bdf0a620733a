package vn.foreignaffairs.registry.report;

import java.time.LocalDate;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportPeriod;

/**
 * The days a report counts under the province's calendar, {@code from} to {@code to} (the
 * cut-off) both included, the last day it is on time, and whether it carries next year's outlook.
 */
public record PeriodDates(ReportPeriod period, LocalDate from, LocalDate to, LocalDate deadline,
                          boolean includesNextYear) {

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    public int year() {
        return period.year();
    }

    public ReportKind kind() {
        return period.kind();
    }
}
