package vn.foreignaffairs.registry.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.report.ComplianceReportIssued;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;
import vn.foreignaffairs.registry.api.report.IssueComplianceReportCommand;

/**
 * A compliance report of one scope and period ({@code SKHDT:2025-H1}). Until issued it exists
 * only as a draft computed on demand; issuing records its figures and the ledger head once, and
 * for good.
 */
@Aggregate
public class ComplianceReport {

    @AggregateIdentifier
    private String id;
    private boolean issued;

    protected ComplianceReport() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueComplianceReportCommand command) {
        if (issued) {
            throw new RuleViolation(RefusalCode.REPORT_ALREADY_ISSUED,
                    "Report " + command.reportId() + " was issued already; an issued report stays as it was issued.");
        }
        ComplianceReportView report = command.report();
        if (report == null || report.figures() == null || report.ledgerHead() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "report",
                    "A report is issued with its figures and the ledger head they were computed at.");
        }
        apply(new ComplianceReportIssued(command.reportId(), report.scope(), report.scopeName(), report.period(),
                report.kind(), report.from(), report.to(), report.asOf(), report.deadline(), report.figures(),
                report.computedAt(), report.ledgerHead(), report.issuedBy(), report.byAgency()));
    }

    @EventSourcingHandler
    void on(ComplianceReportIssued event) {
        id = event.reportId();
        issued = true;
    }
}
