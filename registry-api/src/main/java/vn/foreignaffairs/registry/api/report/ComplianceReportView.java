package vn.foreignaffairs.registry.api.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * A compliance report of {@code scope} (an agency code, or {@code PROVINCE}) for {@code period}.
 * {@code from} to {@code to} are the days it counts (the province's calendar: {@code to} is the
 * cut-off); {@code asOf} is the day its figures were counted on (the cut-off, or the day it was
 * computed if earlier); {@code deadline} the last day to submit it on time. The province's report
 * has each agency's figures in {@code byAgency} (empty for an agency's report). An issued report
 * carries the audit ledger head it was computed at, who issued it and when; {@code version} is 1
 * once issued, 0 for a draft.
 */
public record ComplianceReportView(
        String id,
        String scope,
        String scopeName,
        String period,
        ReportKind kind,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        LocalDate deadline,
        ReportStatus status,
        ComplianceFigures figures,
        Instant computedAt,
        LedgerHead ledgerHead,
        String issuedBy,
        Instant issuedAt,
        long version,
        List<AgencyFigures> byAgency) {

    public ComplianceReportView {
        byAgency = byAgency == null ? List.of() : List.copyOf(byAgency);
    }
}
