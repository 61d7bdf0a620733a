package vn.foreignaffairs.registry.report;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;
import vn.foreignaffairs.registry.api.report.FindIssuedReportQuery;
import vn.foreignaffairs.registry.api.report.IssueComplianceReportCommand;
import vn.foreignaffairs.registry.api.report.ReportPeriod;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.PastStates;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Compliance reports (chế độ báo cáo) over JSON, and as CSV, XLSX or PDF ({@code ?format=} or
 * Accept). An agency's officers read and issue their own agency's report; reviewers, leadership
 * and inspectors read every report; leadership issues the province's.
 */
@RestController
@RequestMapping("/api/v1/reports")
public class ReportController {

    private final ComplianceReports reports;
    private final CommandSender commands;
    private final ReadModelWait readModelWait;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final ReportSettings settings;
    private final PastStates pastStates;

    public ReportController(ComplianceReports reports, CommandSender commands, ReadModelWait readModelWait,
                            CurrentActor currentActor, AgencyDirectory agencies, ReportSettings settings,
                            PastStates pastStates) {
        this.reports = reports;
        this.commands = commands;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.settings = settings;
        this.pastStates = pastStates;
    }

    /**
     * The issued report, or a draft recomputed now; with {@code asOf}, the report as issued by then,
     * rebuilt from its events (a draft is no record: before the issue there is none).
     */
    @GetMapping("/{scope}/{period}")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    public ResponseEntity<ComplianceReportView> get(@PathVariable String scope, @PathVariable String period,
                                                    @RequestParam(required = false) AsOf asOf) {
        ReportPeriod reportPeriod = ComplianceReports.period(period);
        ReportScope reportScope = reports.scope(scope);
        requireOwnAgencyForOfficers(reportScope);
        String id = reportScope.reportId(reportPeriod.toString());
        ComplianceReportView report = asOf == null ? reports.current(reportScope, reportPeriod)
                : pastStates.find(id, asOf, new FindIssuedReportQuery(id), ComplianceReportView.class)
                        .orElseThrow(RecordNotFound::new);
        return ResponseEntity.ok().eTag(IfMatch.etag(report.version())).body(report);
    }

    /** Freezes the report as computed now, with the audit ledger head; once only. */
    @PostMapping("/{scope}/{period}/issue")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADERSHIP')")
    public ResponseEntity<?> issue(@PathVariable String scope, @PathVariable String period) {
        ReportPeriod reportPeriod = ComplianceReports.period(period);
        ReportScope reportScope = reports.scope(scope);
        Actor actor = currentActor.get();
        if (reportScope.isProvince() != (actor.role() == Role.LEADERSHIP)) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY, reportScope.isProvince()
                    ? "The province's report is issued by the provincial People's Committee (leadership)."
                    : "An agency's report is issued by its own officers.");
        }
        requireOwnAgencyForOfficers(reportScope);
        String id = reportScope.reportId(reportPeriod.toString());
        if (reports.issued(id).isPresent()) {
            throw new RuleViolation(RefusalCode.REPORT_ALREADY_ISSUED,
                    "Report " + id + " was issued already; an issued report stays as it was issued.");
        }
        ComplianceReportView draft = reports.draftToIssue(reportScope, reportPeriod, actor.username());
        commands.send(new IssueComplianceReportCommand(id, draft));
        URI location = URI.create("/api/v1/reports/" + reportScope.code() + "/" + reportPeriod);
        return readModelWait.until(() -> reports.issued(id).orElse(null), ComplianceReportView::version, 1)
                .<ResponseEntity<?>>map(issued -> ResponseEntity.created(location).eTag(IfMatch.etag(1)).body(issued))
                .orElseGet(() -> ResponseEntity.accepted().location(location).body(Map.of("id", id, "version", 1,
                        "detail", "Issued; the registry will show it in a moment.")));
    }

    /** Which agencies have issued their report for the period, and how many days remain. */
    @GetMapping("/status")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP', 'INSPECTOR', 'ADMIN')")
    public ReportStatusBoard status(@RequestParam String period) {
        ReportPeriod reportPeriod = ComplianceReports.period(period);
        LocalDate deadline = settings.deadline(reportPeriod);
        LocalDate today = ProvinceTime.today();
        long daysRemaining = ChronoUnit.DAYS.between(today, deadline);
        Map<String, ComplianceReportView> issued = reports.issuedIn(reportPeriod).stream()
                .collect(Collectors.toMap(ComplianceReportView::scope, Function.identity(), (a, b) -> a));
        List<ReportStatusBoard.AgencyReportStatus> rows = agencies.all().stream()
                .filter(agency -> agency.status() == AgencyStatus.ACTIVE)
                .map(agency -> {
                    ComplianceReportView report = issued.get(agency.code());
                    if (report == null) {
                        return new ReportStatusBoard.AgencyReportStatus(agency.code(), agency.name(), false, null,
                                false, daysRemaining);
                    }
                    boolean late = ProvinceTime.dayOf(report.issuedAt()).isAfter(deadline);
                    return new ReportStatusBoard.AgencyReportStatus(agency.code(), agency.name(), true,
                            report.issuedAt(), late, null);
                })
                .toList();
        List<String> missing = rows.stream().filter(row -> !row.reported())
                .map(ReportStatusBoard.AgencyReportStatus::agency).toList();
        return new ReportStatusBoard(reportPeriod.toString(), deadline, today, daysRemaining,
                issued.containsKey(ReportScope.PROVINCE), rows.size(), missing, rows);
    }

    private void requireOwnAgencyForOfficers(ReportScope scope) {
        Actor actor = currentActor.get();
        if (actor.isOfficer() && !scope.code().equals(actor.agency())) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY, "Officers read and issue their own agency's report.");
        }
    }
}
