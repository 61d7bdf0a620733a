package vn.foreignaffairs.registry.api.report;

/** Answered with every issued {@link ComplianceReportView} of a period (e.g. {@code 2025-H1}). */
public record ListIssuedReportsQuery(String period) {
}
