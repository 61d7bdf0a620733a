package vn.foreignaffairs.registry.api.report;

/** A draft is computed afresh on every read; an issued report is frozen. */
public enum ReportStatus {
    DRAFT,
    ISSUED
}
