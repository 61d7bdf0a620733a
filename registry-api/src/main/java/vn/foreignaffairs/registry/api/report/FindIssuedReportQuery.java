package vn.foreignaffairs.registry.api.report;

/** Answered with the issued {@link ComplianceReportView}, or null when the report was not issued. */
public record FindIssuedReportQuery(String reportId) {
}
