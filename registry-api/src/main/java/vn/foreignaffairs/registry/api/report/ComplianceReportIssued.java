package vn.foreignaffairs.registry.api.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/**
 * A compliance report was issued: its figures as computed, frozen, with the audit ledger head
 * they were computed at, so that an inspector can prove which log the figures came from. The
 * province's report also freezes each agency's figures ({@code byAgency}, added later: empty in
 * reports issued before).
 */
public record ComplianceReportIssued(
        String reportId,
        String scope,
        String scopeName,
        String period,
        ReportKind kind,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        LocalDate deadline,
        ComplianceFigures figures,
        Instant computedAt,
        LedgerHead ledgerHead,
        String issuedBy,
        List<AgencyFigures> byAgency) {

    public ComplianceReportIssued {
        byAgency = byAgency == null ? List.of() : List.copyOf(byAgency);
    }
}
