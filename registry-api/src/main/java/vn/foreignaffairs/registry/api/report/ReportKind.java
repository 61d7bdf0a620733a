package vn.foreignaffairs.registry.api.report;

/** The two periodic reports of the chế độ báo cáo: every 6 months and every year. */
public enum ReportKind {
    /** Báo cáo 6 tháng: the first months of the year, up to the configured cut-off. */
    HALF_YEAR,
    /** Báo cáo năm: the year up to the configured cut-off. */
    ANNUAL
}
