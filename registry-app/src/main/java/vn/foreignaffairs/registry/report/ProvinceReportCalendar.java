package vn.foreignaffairs.registry.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reporting calendars of the provinces whose plans the registry was built from, chosen with
 * {@code registry.reports.province}. Each gives, for the 6-month and the annual report, the first
 * day counted, the cut-off (the last day counted) and the last day the report is on time, as
 * month-days. The deadlines are the plans' ("trước ngày 15/5" means the 14th is the last day on
 * time). The plans name no cut-off: the data run to the end of the month before the month the
 * report is due, so that an agency has days to write it; the annual report starts the day after
 * the previous annual cut-off, so that consecutive annual reports leave no day out; the 6-month
 * report starts on 1 January ("6 tháng đầu năm", Kon Tum 2025). docs/operations.md has the table.
 */
public enum ProvinceReportCalendar {

    /** Kế hoạch đối ngoại năm 2025, Quảng Nam, III.1: "6 tháng (trước ngày 15/5) và hằng năm (trước ngày 15/10)". */
    QUANG_NAM(new ReportSettings.Schedule("01-01", "04-30", "05-14", "false"),
            new ReportSettings.Schedule("10-01", "09-30", "10-14", "false")),
    /** Kế hoạch công tác đối ngoại năm 2022, Hà Tĩnh: "Định kỳ 6 tháng (trước ngày 25 tháng 5), năm (trước ngày 10 tháng 10)". */
    HA_TINH(new ReportSettings.Schedule("01-01", "04-30", "05-24", "false"),
            new ReportSettings.Schedule("10-01", "09-30", "10-09", "false")),
    /**
     * Kế hoạch đối ngoại năm 2025, Kon Tum, V.1: the 6-month report "trước 31 tháng 5", the annual one
     * "trước 31 tháng 10" with "dự kiến đoàn ra, đoàn vào, hội nghị, hội thảo quốc tế, ký kết thỏa
     * thuận quốc tế năm 2026": next year's outlook.
     */
    KON_TUM(new ReportSettings.Schedule("01-01", "04-30", "05-30", "false"),
            new ReportSettings.Schedule("10-01", "09-30", "10-30", "true")),
    /** Kế hoạch công tác người Việt Nam ở nước ngoài 2024, Bình Định, 3.a: "định kỳ trước ngày 05/6 và 30/11 hằng năm". */
    BINH_DINH(new ReportSettings.Schedule("01-01", "05-31", "06-04", "false"),
            new ReportSettings.Schedule("11-01", "10-31", "11-29", "false"));

    private final ReportSettings.Schedule halfYear;
    private final ReportSettings.Schedule annual;

    ProvinceReportCalendar(ReportSettings.Schedule halfYear, ReportSettings.Schedule annual) {
        this.halfYear = halfYear;
        this.annual = annual;
    }

    public ReportSettings.Schedule halfYear() {
        return halfYear;
    }

    public ReportSettings.Schedule annual() {
        return annual;
    }

    /** The name as configured: {@code quang-nam}, {@code ha-tinh}, {@code kon-tum}, {@code binh-dinh}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The calendar a configured name means (case and {@code -}/{@code _} do not matter). */
    public static ProvinceReportCalendar of(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(calendar -> calendar.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("registry.reports.province must be one of "
                        + Arrays.stream(values()).map(ProvinceReportCalendar::key).collect(Collectors.joining(", "))
                        + ", not " + name));
    }
}
