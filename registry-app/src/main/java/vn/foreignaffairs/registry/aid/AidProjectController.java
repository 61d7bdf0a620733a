package vn.foreignaffairs.registry.aid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.PastStates;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.aid.AidRequests.AdjustmentRequest;
import vn.foreignaffairs.registry.aid.AidRequests.AppraisalRequest;
import vn.foreignaffairs.registry.aid.AidRequests.CompletionReportRequest;
import vn.foreignaffairs.registry.aid.AidRequests.DecisionRequest;
import vn.foreignaffairs.registry.aid.AidRequests.DisbursementRequest;
import vn.foreignaffairs.registry.aid.AidRequests.MonitoringVisitRequest;
import vn.foreignaffairs.registry.aid.AidRequests.ProposalRequest;
import vn.foreignaffairs.registry.aid.AidRequests.ReceiptRequest;
import vn.foreignaffairs.registry.aid.AidRequests.RevocationRequest;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.aid.AdjustAidCommand;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.AidProjectPage;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.Appraisal;
import vn.foreignaffairs.registry.api.aid.AppraiseAidCommand;
import vn.foreignaffairs.registry.api.aid.ApproveAidCommand;
import vn.foreignaffairs.registry.api.aid.CompletionReport;
import vn.foreignaffairs.registry.api.aid.Disbursement;
import vn.foreignaffairs.registry.api.aid.FileAidCompletionReportCommand;
import vn.foreignaffairs.registry.api.aid.FindAidProjectQuery;
import vn.foreignaffairs.registry.api.aid.ListAidProjectsQuery;
import vn.foreignaffairs.registry.api.aid.MonitoringVisit;
import vn.foreignaffairs.registry.api.aid.ProposeAidCommand;
import vn.foreignaffairs.registry.api.aid.Receipt;
import vn.foreignaffairs.registry.api.aid.RecordAidDisbursementCommand;
import vn.foreignaffairs.registry.api.aid.RecordAidOpinionCommand;
import vn.foreignaffairs.registry.api.aid.RecordAidReceiptCommand;
import vn.foreignaffairs.registry.api.aid.RecordMonitoringVisitCommand;
import vn.foreignaffairs.registry.api.aid.RefuseAidCommand;
import vn.foreignaffairs.registry.api.aid.RevokeAidCommand;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.delegation.OpinionRequest;
import vn.foreignaffairs.registry.delegation.ReasonRequest;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.export.WholeList;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Foreign non-governmental aid over JSON. Thin: each write is one command, each read one query.
 * Officers of the receiving agency propose the aid and record its money and completion; the
 * Department of Foreign Affairs records the consultations and appraises; leadership approves,
 * refuses, adjusts and revokes. What happened is recorded once it has happened, by the province's
 * calendar: no date of a fact may be in the future.
 */
@RestController
@RequestMapping("/api/v1/aid/projects")
public class AidProjectController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final DonorBook donors;
    private final AidDeadlines deadlines;
    private final PastStates pastStates;

    public AidProjectController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                                CurrentActor currentActor, AgencyDirectory agencies, DonorBook donors,
                                AidDeadlines deadlines,
                                PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.donors = donors;
        this.deadlines = deadlines;
        this.pastStates = pastStates;
    }

    /** The appraisal is due a number of days (policy in force) after the file was complete. */
    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> propose(@Valid @RequestBody ProposalRequest request) {
        Actor actor = currentActor.get();
        String agency = request.receivingAgency() == null ? actor.agency() : request.receivingAgency();
        agencies.requireActive(agency, "receivingAgency");
        LocalDate fileCompletedOn = request.fileCompletedOn() == null ? ProvinceTime.today()
                : notInFuture(request.fileCompletedOn(), "fileCompletedOn");
        AidDetails details = request.toDetails();
        donors.requireAbleToGive(details.donor().value(), fileCompletedOn);
        AidProjectId id = AidProjectId.random();
        commands.send(new ProposeAidCommand(id, new AgencyCode(agency), details, fileCompletedOn,
                deadlines.appraisalDue(agency, fileCompletedOn)));
        return written(id, 1, HttpStatus.CREATED);
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasRole('REVIEWER')")
    public ResponseEntity<?> recordOpinion(@PathVariable String id, @Valid @RequestBody OpinionRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch) {
        agencies.requireRegistered(request.agency(), "agency");
        return change(id, ifMatch, request.note(), (aid, expected) -> new RecordAidOpinionCommand(aid, expected,
                request.agency(), request.opinion(), request.note()));
    }

    @PostMapping("/{id}/appraise")
    @PreAuthorize("hasRole('REVIEWER')")
    public ResponseEntity<?> appraise(@PathVariable String id, @Valid @RequestBody AppraisalRequest request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LocalDate on = request.appraisedOn() == null ? ProvinceTime.today()
                : notInFuture(request.appraisedOn(), "appraisedOn");
        Appraisal appraisal = new Appraisal(request.conclusion(), request.summary(), on);
        return change(id, ifMatch, null, (aid, expected) -> new AppraiseAidCommand(aid, expected, appraisal));
    }

    /** The start deadline follows from the start period in force for the receiving agency. */
    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> approve(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AidDecision decision = decisionOf(request.decisionNumber(), request.decisionDate(), request.approver());
        LocalDate startDeadline = deadlines.startDeadline(view(AidIds.aid(id)).receivingAgency(), decision.date());
        return change(id, ifMatch, request.overrideReason(), (aid, expected) -> new ApproveAidCommand(aid, expected,
                decision, request.overrideReason(), startDeadline));
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> refuse(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (aid, expected) -> new RefuseAidCommand(aid, expected, request.reason()));
    }

    @PostMapping("/{id}/receipts")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> recordReceipt(@PathVariable String id, @Valid @RequestBody ReceiptRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch) {
        Receipt receipt = new Receipt(notInFuture(request.receivedOn(), "receivedOn"), request.toAmount(),
                request.reference());
        return change(id, ifMatch, null, (aid, expected) -> new RecordAidReceiptCommand(aid, expected, receipt));
    }

    @PostMapping("/{id}/disbursements")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> recordDisbursement(@PathVariable String id,
                                                @Valid @RequestBody DisbursementRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch) {
        Disbursement disbursement = new Disbursement(notInFuture(request.disbursedOn(), "disbursedOn"),
                request.toAmount(), request.recipient(), request.purpose());
        return change(id, ifMatch, null,
                (aid, expected) -> new RecordAidDisbursementCommand(aid, expected, disbursement));
    }

    @PostMapping("/{id}/monitoring-visits")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER')")
    public ResponseEntity<?> recordMonitoringVisit(@PathVariable String id,
                                                   @Valid @RequestBody MonitoringVisitRequest request,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                   String ifMatch) {
        MonitoringVisit visit = new MonitoringVisit(notInFuture(request.visitedOn(), "visitedOn"), request.team(),
                request.findings(), request.recommendations());
        return change(id, ifMatch, null, (aid, expected) -> new RecordMonitoringVisitCommand(aid, expected, visit));
    }

    @PostMapping("/{id}/adjustments")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> adjust(@PathVariable String id, @Valid @RequestBody AdjustmentRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AidDecision decision = decisionOf(request.decisionNumber(), request.decisionDate(), request.approver());
        List<String> districts = request.districts() == null ? null
                : request.districts().stream().map(String::strip).toList();
        return change(id, ifMatch, request.reason(), (aid, expected) -> new AdjustAidCommand(aid, expected, decision,
                request.reason(), request.committed() == null ? null : request.committed().toAmount(),
                request.plannedEndDate(), districts));
    }

    @PostMapping("/{id}/completion-report")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> reportCompletion(@PathVariable String id,
                                              @Valid @RequestBody CompletionReportRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        CompletionReport report = new CompletionReport(notInFuture(request.completedOn(), "completedOn"),
                request.results(), request.evaluation());
        return change(id, ifMatch, null,
                (aid, expected) -> new FileAidCompletionReportCommand(aid, expected, report));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> revoke(@PathVariable String id, @Valid @RequestBody RevocationRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AidDecision decision = decisionOf(request.decisionNumber(), request.decisionDate(), request.approver());
        return change(id, ifMatch, request.reason(),
                (aid, expected) -> new RevokeAidCommand(aid, expected, decision, request.reason()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<AidProjectView> get(@PathVariable String id, @RequestParam(required = false) AsOf asOf) {
        AidProjectId aid = AidIds.aid(id);
        AidProjectView view = asOf == null ? view(aid) : pastStates.find(aid.value(), asOf,
                new FindAidProjectQuery(aid), AidProjectView.class).orElseThrow(RecordNotFound::new);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** The whole filtered list as CSV, XLSX or PDF, read page by page ({@code page} and {@code size} do not apply). */
    @GetMapping(produces = {ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, ExportFormat.PDF_TYPE})
    @PreAuthorize("isAuthenticated()")
    public WholeList<AidProjectView> export(@RequestParam(required = false) String receivingAgency,
                                            @RequestParam(required = false) String donor,
                                            @RequestParam(required = false) AidSector sector,
                                            @RequestParam(required = false) String district,
                                            @RequestParam(required = false) AidStatus status,
                                            @RequestParam(required = false) AidKind kind,
                                            @RequestParam(required = false) Integer year) {
        return WholeList.of(AidProjectView.class, (page, size) -> list(receivingAgency, donor, sector, district,
                status, kind, year, page, size), AidProjectPage::items, AidProjectPage::total);
    }

    /** {@code receivingAgency} includes the agencies merged into it; {@code year} is that of the decision. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public AidProjectPage list(@RequestParam(required = false) String receivingAgency,
                               @RequestParam(required = false) String donor,
                               @RequestParam(required = false) AidSector sector,
                               @RequestParam(required = false) String district,
                               @RequestParam(required = false) AidStatus status,
                               @RequestParam(required = false) AidKind kind,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<String> lineage = receivingAgency == null ? null : agencies.lineage(receivingAgency);
        return queries.query(new ListAidProjectsQuery(lineage, donor, sector, district, status, kind, year, page,
                size), ResponseTypes.instanceOf(AidProjectPage.class)).join();
    }

    private AidProjectView view(AidProjectId id) {
        return find(id).orElseThrow(RecordNotFound::new);
    }

    private Optional<AidProjectView> find(AidProjectId id) {
        return queries.query(new FindAidProjectQuery(id), ResponseTypes.optionalInstanceOf(AidProjectView.class))
                .join();
    }

    /**
     * One change to existing aid: the command built for the version the writer last read
     * (If-Match), sent with its reason, answered with the aid as it now stands.
     */
    private ResponseEntity<?> change(String rawId, String ifMatch, String reason,
                                     BiFunction<AidProjectId, Long, Object> command) {
        AidProjectId id = AidIds.aid(rawId);
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        return written(id, version, HttpStatus.OK);
    }

    private ResponseEntity<?> written(AidProjectId id, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/aid/projects/" + id.value());
        return readModelWait.until(() -> find(id).orElse(null), AidProjectView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }

    /** A decision taken and signed: not dated in the future; its approver is the signed-in leader unless named. */
    private AidDecision decisionOf(String number, LocalDate date, String approver) {
        return AidRequests.decision(number, notInFuture(date, "decisionDate"), approver,
                currentActor.get().displayName());
    }

    private static LocalDate notInFuture(LocalDate date, String field) {
        if (date.isAfter(ProvinceTime.today())) {
            throw new RuleViolation(RefusalCode.DATE_IN_FUTURE, field,
                    "The date " + date + " is still to come; record it once it has happened.");
        }
        return date;
    }
}
