package vn.foreignaffairs.registry.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.AmendApprovedDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CloseDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.RecordConsultationOpinionCommand;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.export.WholeList;
import vn.foreignaffairs.registry.plan.PlanBook;
import vn.foreignaffairs.registry.api.delegation.DelegationPage;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationTripView;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.FilePostTripReportCommand;
import vn.foreignaffairs.registry.api.delegation.FindDelegationQuery;
import vn.foreignaffairs.registry.api.delegation.FindDelegationTripQuery;
import vn.foreignaffairs.registry.api.delegation.HandBackPassportCommand;
import vn.foreignaffairs.registry.api.delegation.HandOutPassportCommand;
import vn.foreignaffairs.registry.api.delegation.ListDelegationsQuery;
import vn.foreignaffairs.registry.api.delegation.PostponeDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.RecordDepartureCommand;
import vn.foreignaffairs.registry.api.delegation.RecordReturnCommand;
import vn.foreignaffairs.registry.api.delegation.RejectDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.ReviseDelegationDraftCommand;
import vn.foreignaffairs.registry.api.delegation.SubmitDelegationCommand;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.PastStates;
import vn.foreignaffairs.registry.delegation.trip.TripDeadlines;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordIds;
import vn.foreignaffairs.registry.web.RecordNotFound;

/** Outbound delegations (đoàn ra) over JSON. Thin: each write is one command, each read one query. */
@RestController
@RequestMapping("/api/v1/delegations")
public class DelegationController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final DelegationApprovals approvals;
    private final PlanBook plans;
    private final TripDeadlines deadlines;
    private final DelegationWarnings warnings;
    private final PastStates pastStates;

    public DelegationController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                                CurrentActor currentActor, AgencyDirectory agencies, DelegationApprovals approvals,
                                PlanBook plans, TripDeadlines deadlines, DelegationWarnings warnings,
                                PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.approvals = approvals;
        this.plans = plans;
        this.deadlines = deadlines;
        this.warnings = warnings;
        this.pastStates = pastStates;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> create(@Valid @RequestBody DelegationRequest request) {
        Actor actor = currentActor.get();
        String agency = request.agency() == null ? actor.agency() : request.agency();
        agencies.requireActive(agency, "agency");
        DelegationDetails details = request.toDetails();
        checkAgainstPlanAndAgencies(agency, details);
        DelegationId id = DelegationId.random();
        commands.send(new CreateDelegationCommand(id, new AgencyCode(agency), details));
        return written(id, 1, HttpStatus.CREATED);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> revise(@PathVariable String id, @Valid @RequestBody DelegationRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String agency = view(RecordIds.delegation(id)).agency();
        if (request.agency() != null && !request.agency().equals(agency)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "agency",
                    "A delegation's agency cannot be changed; create a new delegation instead.");
        }
        DelegationDetails details = request.toDetails();
        checkAgainstPlanAndAgencies(agency, details);
        return change(id, ifMatch, null,
                (delegation, expected) -> new ReviseDelegationDraftCommand(delegation, expected, details));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> submit(@PathVariable String id,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, null, SubmitDelegationCommand::new);
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> recordOpinion(@PathVariable String id, @Valid @RequestBody OpinionRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch) {
        agencies.requireRegistered(request.agency(), "agency");
        return change(id, ifMatch, request.note(), (delegation, expected) -> new RecordConsultationOpinionCommand(
                delegation, expected, request.agency(), request.opinion(), request.note()));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> approve(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DelegationView delegation = view(RecordIds.delegation(id));
        Decision decision = decisionOf(request);
        DelegationApprovals.Outcome outcome = approvals.approve(delegation, IfMatch.expectedVersion(ifMatch), decision,
                request.overrideReason());
        return written(new DelegationId(delegation.id()), outcome.version(),
                outcome.pending() ? HttpStatus.ACCEPTED : HttpStatus.OK);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> reject(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (delegation, expected) -> new RejectDelegationCommand(delegation, expected, request.reason()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (delegation, expected) -> new CancelDelegationCommand(delegation, expected, request.reason()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<DelegationResponse> get(@PathVariable String id,
                                                  @RequestParam(required = false) AsOf asOf) {
        DelegationView view = view(RecordIds.delegation(id), asOf);
        // Warnings are advice computed when read: a past state is shown without them.
        DelegationResponse body = asOf == null ? withWarnings(view) : new DelegationResponse(view, List.of());
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(body);
    }

    /** The whole filtered list as CSV, XLSX or PDF, read page by page ({@code page} and {@code size} do not apply). */
    @GetMapping(produces = {ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, ExportFormat.PDF_TYPE})
    @PreAuthorize("isAuthenticated()")
    public WholeList<DelegationView> export(@RequestParam(required = false) String agency,
                                            @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) DelegationStatus status) {
        return WholeList.of(DelegationView.class, (page, size) -> list(agency, year, status, page, size),
                DelegationPage::items, DelegationPage::total);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public DelegationPage list(@RequestParam(required = false) String agency,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) DelegationStatus status,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Actor actor = currentActor.get();
        String draftsOnlyOf = actor.isOfficer() ? actor.agency() : null;
        // An agency's list includes the delegations of the agencies merged into it (its lineage).
        List<String> lineage = agency == null ? null : agencies.lineage(agency);
        return queries.query(new ListDelegationsQuery(lineage, year, status, draftsOnlyOf, page, size),
                ResponseTypes.instanceOf(DelegationPage.class)).join();
    }

    /**
     * What the aggregate cannot see: the planned item must be in the agency's approved plan, an
     * exemption is for the armed forces only, and consulted agencies must exist.
     */
    private void checkAgainstPlanAndAgencies(String agency, DelegationDetails details) {
        if (!details.offPlan() && details.departureDate() != null) {
            plans.requirePlannedOutboundItem(agency, details.departureDate().getYear(), details.plannedItemId());
        }
        if (details.quotaExemption().exempt()) {
            AgencyView view = agencies.find(agency);
            if (view == null || view.kind() != AgencyKind.ARMED_FORCES) {
                throw new RuleViolation(RefusalCode.EXEMPTION_NOT_ALLOWED, "quotaExemption",
                        "Only armed-forces delegations on defence, security, border or sudden tasks are exempt.");
            }
        }
        if (details.offPlanCase() != null) {
            details.offPlanCase().consultedAgencies()
                    .forEach(consulted -> agencies.requireRegistered(consulted, "offPlanCase.consultedAgencies"));
        }
    }

    /** The delegation as the caller may see it: officers see other agencies' records only once submitted. */
    private DelegationView view(DelegationId id) {
        return view(id, null);
    }

    /** The delegation now, or as it stood at {@code asOf}, if the actor may see it. */
    private DelegationView view(DelegationId id, AsOf asOf) {
        DelegationView view = (asOf == null ? find(id)
                : pastStates.find(id.value(), asOf, new FindDelegationQuery(id), DelegationView.class))
                .orElseThrow(RecordNotFound::new);
        Actor actor = currentActor.get();
        if (actor.isOfficer() && view.status() == DelegationStatus.DRAFT && !view.agency().equals(actor.agency())) {
            throw new RecordNotFound();
        }
        return view;
    }

    private Optional<DelegationView> find(DelegationId id) {
        return queries.query(new FindDelegationQuery(id), ResponseTypes.optionalInstanceOf(DelegationView.class))
                .join();
    }

    /**
     * One change to an existing delegation: the command built for the version the writer last
     * read (If-Match), sent with its reason, answered with the record as it now stands.
     */
    private ResponseEntity<?> change(String rawId, String ifMatch, String reason,
                                     BiFunction<DelegationId, Long, Object> command) {
        DelegationId id = RecordIds.delegation(rawId);
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        return written(id, version, HttpStatus.OK);
    }

    private ResponseEntity<?> written(DelegationId id, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/delegations/" + id.value());
        return readModelWait.until(() -> find(id).orElse(null), DelegationView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(withWarnings(view)))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }

    // after approval: amendments and postponement (new decisions), the trip, its report and passports

    @PostMapping("/{id}/amend")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> amend(@PathVariable String id, @Valid @RequestBody AmendmentRequest request,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String agency = request.details().agency();
        if (agency != null && !agency.equals(view(RecordIds.delegation(id)).agency())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "details.agency",
                    "A delegation's agency cannot be changed; create a new delegation instead.");
        }
        Decision decision = decisionOf(request.decision());
        return changeTrip(id, ifMatch, request.reason(), (delegation, expected) ->
                new AmendApprovedDelegationCommand(delegation, expected, request.details().toDetails(), decision));
    }

    @PostMapping("/{id}/postpone")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> postpone(@PathVariable String id, @Valid @RequestBody PostponementRequest request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Decision decision = decisionOf(request.decision());
        return changeTrip(id, ifMatch, request.reason(), (delegation, expected) ->
                new PostponeDelegationCommand(delegation, expected, request.newDepartureDate(),
                        request.newReturnDate(), request.reason(), decision));
    }

    @PostMapping("/{id}/depart")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> depart(@PathVariable String id, @Valid @RequestBody DepartureRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LocalDate departedOn = notInFuture(request.departedOn(), "departedOn");
        return changeTrip(id, ifMatch, null,
                (delegation, expected) -> new RecordDepartureCommand(delegation, expected, departedOn));
    }

    /** The due dates follow from the policies in force today for the delegation's agency. */
    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> recordReturn(@PathVariable String id, @Valid @RequestBody ReturnRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LocalDate returnedOn = notInFuture(request.returnedOn(), "returnedOn");
        TripDeadlines.AfterReturn due = deadlines.afterReturn(view(RecordIds.delegation(id)).agency(), returnedOn);
        return changeTrip(id, ifMatch, null, (delegation, expected) ->
                new RecordReturnCommand(delegation, expected, returnedOn, due.reportDue(), due.passportsDue()));
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> report(@PathVariable String id, @Valid @RequestBody PostTripReportRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return changeTrip(id, ifMatch, null, (delegation, expected) ->
                new FilePostTripReportCommand(delegation, expected, request.results(), request.evaluation()));
    }

    @PostMapping("/{id}/passports/handout")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> handOutPassport(@PathVariable String id,
                                             @Valid @RequestBody PassportHandoutRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch) {
        LocalDate on = request.handedOutOn() == null ? ProvinceTime.today()
                : notInFuture(request.handedOutOn(), "handedOutOn");
        return changeTrip(id, ifMatch, null, (delegation, expected) -> new HandOutPassportCommand(delegation,
                expected, request.memberName().strip(), request.passportNumber(), on));
    }

    @PostMapping("/{id}/passports/handback")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> handBackPassport(@PathVariable String id,
                                              @Valid @RequestBody PassportHandbackRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        LocalDate on = request.handedBackOn() == null ? ProvinceTime.today()
                : notInFuture(request.handedBackOn(), "handedBackOn");
        return changeTrip(id, ifMatch, null, (delegation, expected) ->
                new HandBackPassportCommand(delegation, expected, request.memberName().strip(), on));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> close(@PathVariable String id,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return changeTrip(id, ifMatch, null, CloseDelegationCommand::new);
    }

    /** Who may see the delegation may see its trip. */
    @GetMapping("/{id}/trip")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<DelegationTripView> trip(@PathVariable String id,
                                                   @RequestParam(required = false) AsOf asOf) {
        DelegationId delegation = RecordIds.delegation(id);
        view(delegation, asOf);
        FindDelegationTripQuery query = new FindDelegationTripQuery(delegation);
        DelegationTripView trip = (asOf == null
                ? queries.query(query, ResponseTypes.optionalInstanceOf(DelegationTripView.class)).join()
                : pastStates.find(delegation.value(), asOf, query, DelegationTripView.class))
                .orElseThrow(RecordNotFound::new);
        return ResponseEntity.ok().eTag(IfMatch.etag(trip.version())).body(trip);
    }

    /** Like {@link #change}, and the trip read model too shows the write before the answer. */
    private ResponseEntity<?> changeTrip(String rawId, String ifMatch, String reason,
                                         BiFunction<DelegationId, Long, Object> command) {
        DelegationId id = RecordIds.delegation(rawId);
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        readModelWait.until(() -> queries.query(new FindDelegationTripQuery(id),
                ResponseTypes.optionalInstanceOf(DelegationTripView.class)).join().orElse(null),
                DelegationTripView::version, version);
        return written(id, version, HttpStatus.OK);
    }

    private Decision decisionOf(DecisionRequest request) {
        String signer = currentActor.signerOr(request.signer());
        return new Decision(request.decisionNumber().strip(), request.decisionDate(), signer);
    }

    /** What happened on the trip is recorded once it has happened, by the province's calendar. */
    private static LocalDate notInFuture(LocalDate date, String field) {
        if (date.isAfter(ProvinceTime.today())) {
            throw new RuleViolation(RefusalCode.DATE_IN_FUTURE, field,
                    "The date " + date + " is still to come; record it once it has happened.");
        }
        return date;
    }

    private DelegationResponse withWarnings(DelegationView view) {
        return new DelegationResponse(view, warnings.seenBy(currentActor.get(), view));
    }
}
