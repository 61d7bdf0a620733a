package vn.foreignaffairs.registry.report;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.report.AgencyFigures;
import vn.foreignaffairs.registry.api.report.ComplianceFigures;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;
import vn.foreignaffairs.registry.api.report.FindIssuedReportQuery;
import vn.foreignaffairs.registry.api.report.ListIssuedReportsQuery;
import vn.foreignaffairs.registry.api.report.ReportPeriod;
import vn.foreignaffairs.registry.api.report.ReportStatus;
import vn.foreignaffairs.registry.audit.ledger.AuditLedger;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Compliance reports as the API serves them: the issued report when there is one, else a draft
 * computed afresh, timed as {@code registry.report.computation}.
 */
@Component
public class ComplianceReports {

    private final RegisterReader registers;
    private final ComplianceCalculator calculator;
    private final AgencyDirectory agencies;
    private final ReportSettings settings;
    private final QueryGateway queries;
    private final AuditLedger ledger;
    private final MeterRegistry meters;

    ComplianceReports(RegisterReader registers, ComplianceCalculator calculator, AgencyDirectory agencies,
                      ReportSettings settings, QueryGateway queries, AuditLedger ledger, MeterRegistry meters) {
        this.registers = registers;
        this.calculator = calculator;
        this.agencies = agencies;
        this.settings = settings;
        this.queries = queries;
        this.ledger = ledger;
        this.meters = meters;
    }

    /** The period a path names, or a refusal naming the field. */
    public static ReportPeriod period(String text) {
        return ReportPeriod.parse(text).orElseThrow(() -> new RuleViolation(RefusalCode.INVALID_PERIOD, "period",
                "'" + text + "' is not a reporting period: write 2025-H1 for the 6-month report of 2025, or 2025 "
                        + "(or 2025-Y) for the annual report."));
    }

    /** {@code PROVINCE}, or a registered agency with the agencies merged into it; else not found. */
    public ReportScope scope(String code) {
        String scope = code.strip().toUpperCase();
        if (ReportScope.PROVINCE.equals(scope)) {
            return new ReportScope(ReportScope.PROVINCE, "Ủy ban nhân dân tỉnh", null);
        }
        AgencyView agency = agencies.find(scope);
        if (agency == null) {
            throw new RecordNotFound();
        }
        return new ReportScope(agency.code(), agency.name(), agencies.lineage(agency.code()));
    }

    /** The issued report, or else a draft computed now. */
    public ComplianceReportView current(ReportScope scope, ReportPeriod period) {
        return issued(scope.reportId(period.toString())).orElseGet(() -> draft(scope, period));
    }

    public Optional<ComplianceReportView> issued(String reportId) {
        return queries.query(new FindIssuedReportQuery(reportId),
                ResponseTypes.optionalInstanceOf(ComplianceReportView.class)).join();
    }

    public List<ComplianceReportView> issuedIn(ReportPeriod period) {
        return queries.query(new ListIssuedReportsQuery(period.toString()),
                ResponseTypes.multipleInstancesOf(ComplianceReportView.class)).join();
    }

    /**
     * A draft computed now, counted as of today or the period's cut-off if that came first. The
     * province's has each agency's figures too, worked out from the same reading of the registers.
     */
    public ComplianceReportView draft(ReportScope scope, ReportPeriod period) {
        PeriodDates dates = settings.dates(period);
        LocalDate today = ProvinceTime.today();
        LocalDate asOf = today.isBefore(dates.to()) ? today : dates.to();
        Timer.Sample sample = Timer.start(meters);
        RegisterSnapshot read = registers.read(scope, dates, asOf);
        ComplianceFigures figures = calculator.compute(read, scope, dates, asOf);
        List<AgencyFigures> byAgency = new ArrayList<>();
        if (scope.isProvince()) {
            for (ReportScope agency : agencyScopes()) {
                byAgency.add(new AgencyFigures(agency.code(), agency.name(),
                        calculator.compute(read, agency, dates, asOf)));
            }
        }
        sample.stop(Timer.builder("registry.report.computation")
                .description("Time to compute a compliance report's figures from the read models")
                .tag("scope", scope.isProvince() ? "province" : "agency")
                .tag("kind", period.kind().name())
                .register(meters));
        return new ComplianceReportView(scope.reportId(period.toString()), scope.code(), scope.name(),
                period.toString(), period.kind(), dates.from(), dates.to(), asOf, dates.deadline(),
                ReportStatus.DRAFT, figures, Instant.now(), null, null, null, 0, byAgency);
    }

    /** Every agency that holds records of its own: active or dissolved, not merged into another. */
    private List<ReportScope> agencyScopes() {
        return agencies.all().stream()
                .filter(agency -> agency.status() != AgencyStatus.MERGED)
                .sorted(Comparator.comparing(AgencyView::code))
                .map(agency -> new ReportScope(agency.code(), agency.name(), agencies.lineage(agency.code())))
                .toList();
    }

    /**
     * A draft computed now with the ledger head read just before, ready to be issued by
     * {@code issuedBy}. Reading the head first means every event the figures could have seen up to
     * that head is covered; events arriving during the computation may be counted too, beyond it.
     */
    public ComplianceReportView draftToIssue(ReportScope scope, ReportPeriod period, String issuedBy) {
        var head = ledger.head();
        ComplianceReportView draft = draft(scope, period);
        return new ComplianceReportView(draft.id(), draft.scope(), draft.scopeName(), draft.period(), draft.kind(),
                draft.from(), draft.to(), draft.asOf(), draft.deadline(), ReportStatus.DRAFT, draft.figures(),
                draft.computedAt(), head, issuedBy, null, 0, draft.byAgency());
    }
}
