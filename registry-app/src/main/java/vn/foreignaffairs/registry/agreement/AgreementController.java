package vn.foreignaffairs.registry.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.foreignaffairs.registry.agreement.AgreementRequests.AmendmentRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ApprovalRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ConsultationRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.DecisionRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.EntryIntoForceRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ExtensionRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ImplementationReportRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.OpinionRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ProposalRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.SigningReportRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.SigningRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.TransferRequest;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agreement.AgreementDecision;
import vn.foreignaffairs.registry.api.agreement.AgreementId;
import vn.foreignaffairs.registry.api.agreement.AgreementPage;
import vn.foreignaffairs.registry.api.agreement.AgreementSigning;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.AmendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ApproveAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ExtendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.FileImplementationReportCommand;
import vn.foreignaffairs.registry.api.agreement.FindAgreementQuery;
import vn.foreignaffairs.registry.api.agreement.ImplementationReport;
import vn.foreignaffairs.registry.api.agreement.ListAgreementsQuery;
import vn.foreignaffairs.registry.api.agreement.ListOverdueConsultationsQuery;
import vn.foreignaffairs.registry.api.agreement.ListOverdueSigningReportsQuery;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultations;
import vn.foreignaffairs.registry.api.agreement.OverdueSigningReports;
import vn.foreignaffairs.registry.api.agreement.ProposeAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.RecordAgreementEntryIntoForceCommand;
import vn.foreignaffairs.registry.api.agreement.RecordAgreementOpinionCommand;
import vn.foreignaffairs.registry.api.agreement.RefuseAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ReportAgreementSigningCommand;
import vn.foreignaffairs.registry.api.agreement.ResumeAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.SendAgreementForConsultationCommand;
import vn.foreignaffairs.registry.api.agreement.SignAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.SigningReport;
import vn.foreignaffairs.registry.api.agreement.SuspendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.TerminateAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.TransferAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.WithdrawFromAgreementCommand;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.delegation.ReasonRequest;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.export.WholeList;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordIds;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * International agreements (thỏa thuận quốc tế) over JSON. Thin: each write is one command, each
 * read one query. Officers of the signing body propose, sign, report and record what happens;
 * the Department of Foreign Affairs records the consulted bodies' opinions; leadership decides;
 * administrators transfer the agreements of dissolved district committees.
 */
@RestController
@RequestMapping("/api/v1/agreements")
public class AgreementController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final AgreementDeadlines deadlines;
    private final OverdueListScope overdueScope;
    private final PastStates pastStates;

    public AgreementController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                               CurrentActor currentActor, AgencyDirectory agencies, AgreementDeadlines deadlines,
                               OverdueListScope overdueScope, PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.deadlines = deadlines;
        this.overdueScope = overdueScope;
        this.pastStates = pastStates;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> propose(@Valid @RequestBody ProposalRequest request) {
        String signingBody = request.signingBody() == null ? currentActor.get().agency() : request.signingBody();
        agencies.requireActive(signingBody, "signingBody");
        AgreementId id = AgreementId.random();
        commands.send(new ProposeAgreementCommand(id, new AgencyCode(signingBody), request.toDetails()));
        return written(id, 1, HttpStatus.CREATED);
    }

    // before the decision

    /** The answer is due in working days from the day asked, under the policy in force for the signing body. */
    @PostMapping("/{id}/consultation-requests")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER')")
    public ResponseEntity<?> sendForConsultation(@PathVariable String id,
                                                 @Valid @RequestBody ConsultationRequest request,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch) {
        List<String> asked = request.agencies() == null ? List.of() : request.agencies();
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i) != null && !asked.get(i).isBlank()) {
                agencies.requireRegistered(asked.get(i).strip(), "agencies[" + i + "]");
            }
        }
        LocalDate requestedOn = pastOrToday(request.requestedOn(), "requestedOn");
        LocalDate answerDue = deadlines.consultationAnswerDue(view(RecordIds.agreement(id)).signingBody(), requestedOn);
        return change(id, ifMatch, null, (agreement, expected) -> new SendAgreementForConsultationCommand(agreement,
                expected, asked.stream().map(agency -> agency == null ? null : agency.strip()).toList(), requestedOn,
                answerDue));
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasRole('REVIEWER')")
    public ResponseEntity<?> recordOpinion(@PathVariable String id, @Valid @RequestBody OpinionRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch) {
        LocalDate answeredOn = pastOrToday(request.answeredOn(), "answeredOn");
        return change(id, ifMatch, request.note(), (agreement, expected) -> new RecordAgreementOpinionCommand(
                agreement, expected, request.agency().strip(), request.opinion(), request.note(), answeredOn));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, request.overrideReason(), (agreement, expected) ->
                new ApproveAgreementCommand(agreement, expected, decision, request.overrideReason()));
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> refuse(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (agreement, expected) -> new RefuseAgreementCommand(agreement, expected, request.reason()));
    }

    // signing and after

    /** The report to the Prime Minister falls due from the signing date, under the policy in force. */
    @PostMapping("/{id}/sign")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> sign(@PathVariable String id, @Valid @RequestBody SigningRequest request,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LocalDate signedOn = pastOrToday(request.signedOn(), "signedOn");
        LocalDate reportDue = deadlines.signingReportDue(view(RecordIds.agreement(id)).signingBody(), signedOn);
        AgreementSigning signing = new AgreementSigning(signedOn, request.place(), request.toSignatories());
        return change(id, ifMatch, null,
                (agreement, expected) -> new SignAgreementCommand(agreement, expected, signing, reportDue));
    }

    @PostMapping("/{id}/report-to-government")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> reportToGovernment(@PathVariable String id,
                                                @Valid @RequestBody SigningReportRequest request,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch) {
        SigningReport report = new SigningReport(request.documentNumber(), pastOrToday(request.sentOn(), "sentOn"));
        return change(id, ifMatch, null,
                (agreement, expected) -> new ReportAgreementSigningCommand(agreement, expected, report));
    }

    @PostMapping("/{id}/enter-into-force")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> enterIntoForce(@PathVariable String id, @Valid @RequestBody EntryIntoForceRequest request,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        LocalDate from = pastOrToday(request.inForceFrom(), "inForceFrom");
        return change(id, ifMatch, null,
                (agreement, expected) -> new RecordAgreementEntryIntoForceCommand(agreement, expected, from));
    }

    @PostMapping("/{id}/implementation-reports")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> fileImplementationReport(@PathVariable String id,
                                                      @Valid @RequestBody ImplementationReportRequest request,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                      String ifMatch) {
        ImplementationReport report = new ImplementationReport(request.period(),
                pastOrToday(request.reportedOn(), "reportedOn"), request.summary());
        return change(id, ifMatch, null,
                (agreement, expected) -> new FileImplementationReportCommand(agreement, expected, report));
    }

    @PostMapping("/{id}/amend")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> amend(@PathVariable String id, @Valid @RequestBody AmendmentRequest request,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, request.summary(), (agreement, expected) -> new AmendAgreementCommand(agreement,
                expected, decision, request.summary(), request.fieldsOfCooperation()));
    }

    @PostMapping("/{id}/extend")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> extend(@PathVariable String id, @Valid @RequestBody ExtensionRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, null, (agreement, expected) ->
                new ExtendAgreementCommand(agreement, expected, decision, request.newLastDay()));
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> suspend(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, request.reason(), (agreement, expected) ->
                new SuspendAgreementCommand(agreement, expected, decision, request.reason()));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> resume(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, request.reason(),
                (agreement, expected) -> new ResumeAgreementCommand(agreement, expected, decision));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> withdraw(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, request.reason(), (agreement, expected) ->
                new WithdrawFromAgreementCommand(agreement, expected, decision, request.reason()));
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> terminate(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, request.reason(), (agreement, expected) ->
                new TerminateAgreementCommand(agreement, expected, decision, request.reason()));
    }

    /**
     * Decree 177/2025: the agreements of a dissolved district People's Committee pass to the
     * provincial People's Committee. Both agencies are looked up in their read model.
     */
    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> transfer(@PathVariable String id, @Valid @RequestBody TransferRequest request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String from = view(RecordIds.agreement(id)).signingBody();
        AgencyView current = agencies.find(from);
        if (current == null || current.kind() != AgencyKind.DISTRICT_COMMITTEE
                || current.status() != AgencyStatus.DISSOLVED) {
            throw new RuleViolation(RefusalCode.TRANSFER_NOT_ALLOWED,
                    "Only the agreements of a dissolved district People's Committee are transferred; " + from
                            + " is not one.");
        }
        AgencyView target = agencies.requireActive(request.toAgency(), "toAgency");
        if (target.kind() != AgencyKind.PROVINCIAL_COMMITTEE) {
            throw new RuleViolation(RefusalCode.TRANSFER_NOT_ALLOWED,
                    "The agreements of a dissolved district committee pass to the provincial People's Committee; "
                            + target.code() + " is not it.");
        }
        AgreementDecision decision = decision(request.decisionNumber(), request.decisionDate(), request.signer());
        return change(id, ifMatch, null, (agreement, expected) -> new TransferAgreementCommand(agreement, expected,
                new AgencyCode(target.code()), decision));
    }

    // reads

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<AgreementView> get(@PathVariable String id, @RequestParam(required = false) AsOf asOf) {
        AgreementId agreement = RecordIds.agreement(id);
        // A past state shows the status (expiry included) on the province's day of that instant.
        AgreementView view = asOf == null ? view(agreement) : pastStates.find(agreement.value(), asOf,
                new FindAgreementQuery(agreement, ProvinceTime.dayOf(asOf.instant())), AgreementView.class)
                .orElseThrow(RecordNotFound::new);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** The whole filtered list as CSV, XLSX or PDF, read page by page ({@code page} and {@code size} do not apply). */
    @GetMapping(produces = {ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, ExportFormat.PDF_TYPE})
    @PreAuthorize("isAuthenticated()")
    public WholeList<AgreementView> export(@RequestParam(required = false)
                                           @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code")
                                           String country,
                                           @RequestParam(required = false) String signingBody,
                                           @RequestParam(required = false) AgreementStatus status,
                                           @RequestParam(required = false) @Min(0) @Max(3660) Integer expiringWithinDays,
                                           @RequestParam(required = false)
                                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                           LocalDate withoutImplementationReportSince) {
        return WholeList.of(AgreementView.class, (page, size) -> list(country, signingBody, status, expiringWithinDays,
                withoutImplementationReportSince, page, size), AgreementPage::items, AgreementPage::total);
    }

    /** A signing body's list includes the agreements of the agencies merged into it, and those it transferred. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public AgreementPage list(@RequestParam(required = false)
                              @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code")
                              String country,
                              @RequestParam(required = false) String signingBody,
                              @RequestParam(required = false) AgreementStatus status,
                              @RequestParam(required = false) @Min(0) @Max(3660) Integer expiringWithinDays,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate withoutImplementationReportSince,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<String> lineage = signingBody == null ? null : agencies.lineage(signingBody);
        return queries.query(new ListAgreementsQuery(lineage, country, status, expiringWithinDays,
                withoutImplementationReportSince, ProvinceTime.today(), page, size),
                ResponseTypes.instanceOf(AgreementPage.class)).join();
    }

    /** Consulted bodies late with their answer; officers see those asked of their own agency. */
    @GetMapping("/overdue-consultations")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    public OverdueConsultations overdueConsultations(@RequestParam(required = false) String agency,
                                                     @RequestParam(required = false)
                                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.query(new ListOverdueConsultationsQuery(overdueScope.of(agency, "agency"), dayOf(asOf)),
                ResponseTypes.instanceOf(OverdueConsultations.class)).join();
    }

    /** Signed agreements not reported to the Prime Minister in time; officers see their own agency's. */
    @GetMapping("/overdue-signing-reports")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    public OverdueSigningReports overdueSigningReports(@RequestParam(required = false) String signingBody,
                                                       @RequestParam(required = false)
                                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                       LocalDate asOf) {
        return queries.query(new ListOverdueSigningReportsQuery(overdueScope.of(signingBody, "signingBody"), dayOf(asOf)),
                ResponseTypes.instanceOf(OverdueSigningReports.class)).join();
    }

    private static LocalDate dayOf(LocalDate asOf) {
        return asOf == null ? ProvinceTime.today() : asOf;
    }

    private AgreementView view(AgreementId id) {
        return find(id).orElseThrow(RecordNotFound::new);
    }

    private Optional<AgreementView> find(AgreementId id) {
        return queries.query(new FindAgreementQuery(id, ProvinceTime.today()),
                ResponseTypes.optionalInstanceOf(AgreementView.class)).join();
    }

    private AgreementDecision decision(String number, LocalDate date, String signer) {
        return new AgreementDecision(number.strip(), date,
                currentActor.signerOr(signer));
    }

    /** What happened is recorded once it has happened, by the province's calendar; left out, it happened today. */
    private static LocalDate pastOrToday(LocalDate date, String field) {
        LocalDate today = ProvinceTime.today();
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new RuleViolation(RefusalCode.DATE_IN_FUTURE, field,
                    "The date " + date + " is still to come; record it once it has happened.");
        }
        return date;
    }

    /**
     * One change to an existing agreement: the command built for the version the writer last
     * read (If-Match), sent with its reason, answered with the record as it now stands.
     */
    private ResponseEntity<?> change(String rawId, String ifMatch, String reason,
                                     BiFunction<AgreementId, Long, Object> command) {
        AgreementId id = RecordIds.agreement(rawId);
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        return written(id, version, HttpStatus.OK);
    }

    private ResponseEntity<?> written(AgreementId id, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/agreements/" + id.value());
        return readModelWait.until(() -> find(id).orElse(null), AgreementView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }
}
