package vn.foreignaffairs.registry.api.report;

/**
 * One agency's figures within the province's report: the same figures as that agency's own
 * report for the period (the agency with the agencies merged into it).
 */
public record AgencyFigures(String agency, String name, ComplianceFigures figures) {
}
