package vn.foreignaffairs.registry.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Freezes {@code report} (a draft just computed, with the ledger head it was computed at) as issued. */
public record IssueComplianceReportCommand(@TargetAggregateIdentifier String reportId, ComplianceReportView report) {
}
