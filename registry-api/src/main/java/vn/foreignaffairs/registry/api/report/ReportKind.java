package vn.foreignaffairs.registry.api.report;

/** The two periodic reports of the chế độ báo cáo: every 6 months and every year. */
public enum ReportKind {
    /** Báo cáo 6 tháng: the first half of the year. */
    HALF_YEAR,
    /** Báo cáo năm. */
    ANNUAL
}
