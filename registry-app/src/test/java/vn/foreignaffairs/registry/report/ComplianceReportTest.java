package vn.foreignaffairs.registry.report;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.audit.LedgerHead;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.report.AgreementFigures;
import vn.foreignaffairs.registry.api.report.AidFigures;
import vn.foreignaffairs.registry.api.report.AidLine;
import vn.foreignaffairs.registry.api.report.ComplianceFigures;
import vn.foreignaffairs.registry.api.report.ComplianceReportIssued;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;
import vn.foreignaffairs.registry.api.report.ConferenceFigures;
import vn.foreignaffairs.registry.api.report.DelegationFigures;
import vn.foreignaffairs.registry.api.report.IssueComplianceReportCommand;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportStatus;

class ComplianceReportTest {

    private static final String ID = "SKHDT:2025-H1";
    private static final LedgerHead HEAD = new LedgerHead(7, "cd".repeat(32), Instant.parse("2025-06-30T01:00:00Z"));
    private static final Instant COMPUTED = Instant.parse("2025-07-01T02:00:00Z");
    private static final ComplianceFigures FIGURES = new ComplianceFigures(
            new DelegationFigures(2, 1, 1, 1, 0, 1, 2, 1, 0), List.of(), new AgreementFigures(1, 2, 0, 1, 0),
            new ConferenceFigures(1, 1, 0), new AidFigures(List.of(), List.of(),
            new AidLine("TOTAL", "Tổng cộng", 0, List.of(), java.math.BigDecimal.ZERO, List.of(),
                    java.math.BigDecimal.ZERO)), null);

    private AggregateTestFixture<ComplianceReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplianceReport.class);
    }

    @Test
    void issuingFreezesTheFiguresWithTheLedgerHead() {
        fixture.givenNoPriorActivity()
                .when(new IssueComplianceReportCommand(ID, draft(HEAD)))
                .expectEvents(issued());
    }

    @Test
    void anIssuedReportIsNotIssuedAgain() {
        fixture.given(issued())
                .when(new IssueComplianceReportCommand(ID, draft(HEAD)))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REPORT_ALREADY_ISSUED));
    }

    @Test
    void aReportIsIssuedOnlyWithTheLedgerHeadItWasComputedAt() {
        fixture.givenNoPriorActivity()
                .when(new IssueComplianceReportCommand(ID, draft(null)))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "report"));
    }

    private static ComplianceReportView draft(LedgerHead head) {
        return new ComplianceReportView(ID, "SKHDT", "Sở Kế hoạch và Đầu tư", "2025-H1", ReportKind.HALF_YEAR,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 5, 14), ReportStatus.DRAFT, FIGURES, COMPUTED, head, "officer", null, 0, List.of());
    }

    private static ComplianceReportIssued issued() {
        return new ComplianceReportIssued(ID, "SKHDT", "Sở Kế hoạch và Đầu tư", "2025-H1", ReportKind.HALF_YEAR,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 5, 14), FIGURES, COMPUTED, HEAD, "officer", List.of());
    }
}
