package vn.foreignaffairs.registry.inbound;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
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
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.PastStates;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.inbound.ApprovalDecision;
import vn.foreignaffairs.registry.api.inbound.ApproveInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.CancelInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.CreateInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.FileInboundVisitReportCommand;
import vn.foreignaffairs.registry.api.inbound.FindInboundDelegationQuery;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationId;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationPage;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.inbound.InboundPurpose;
import vn.foreignaffairs.registry.api.inbound.ListInboundDelegationsQuery;
import vn.foreignaffairs.registry.api.inbound.RecordInboundVisitHeldCommand;
import vn.foreignaffairs.registry.api.inbound.RejectInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.ReviseInboundDelegationDraftCommand;
import vn.foreignaffairs.registry.api.inbound.SubmitInboundDelegationCommand;
import vn.foreignaffairs.registry.delegation.ReasonRequest;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.export.WholeList;
import vn.foreignaffairs.registry.freeze.FreezeBook;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordIds;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Inbound delegations (đoàn vào) over JSON. Thin: each write is one command, each read one query.
 * The host agency's officers prepare, hold and report the visit; reviewers and leadership decide.
 */
@RestController
@RequestMapping("/api/v1/inbound-delegations")
public class InboundDelegationController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final FreezeBook freezes;
    private final PastStates pastStates;

    public InboundDelegationController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                                       CurrentActor currentActor, AgencyDirectory agencies, FreezeBook freezes,
                                       PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.freezes = freezes;
        this.pastStates = pastStates;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> create(@Valid @RequestBody InboundDelegationRequest request) {
        Actor actor = currentActor.get();
        String hostAgency = request.hostAgency() == null ? actor.agency() : request.hostAgency();
        agencies.requireActive(hostAgency, "hostAgency");
        InboundDelegationId id = InboundDelegationId.random();
        commands.send(new CreateInboundDelegationCommand(id, new AgencyCode(hostAgency), request.toDetails()));
        return written(id, 1, HttpStatus.CREATED);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> revise(@PathVariable String id, @Valid @RequestBody InboundDelegationRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (request.hostAgency() != null
                && !request.hostAgency().equals(view(RecordIds.inboundDelegation(id)).hostAgency())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "hostAgency",
                    "An inbound delegation's host agency cannot be changed; create a new one instead.");
        }
        return change(id, ifMatch, null, (delegation, expected) ->
                new ReviseInboundDelegationDraftCommand(delegation, expected, request.toDetails()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> submit(@PathVariable String id,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, null, SubmitInboundDelegationCommand::new);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // A freeze stops approvals of inbound delegations as well (Kon Tum 2025: "đoàn ra, đoàn vào").
        freezes.requireNoFreezeToday(view(RecordIds.inboundDelegation(id)).hostAgency());
        String signer = currentActor.signerOr(request.signer());
        ApprovalDecision decision = new ApprovalDecision(request.decisionNumber().strip(), request.decisionDate(),
                signer);
        return change(id, ifMatch, null,
                (delegation, expected) -> new ApproveInboundDelegationCommand(delegation, expected, decision));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> reject(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (delegation, expected) -> new RejectInboundDelegationCommand(delegation, expected, request.reason()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (delegation, expected) -> new CancelInboundDelegationCommand(delegation, expected, request.reason()));
    }

    @PostMapping("/{id}/visit-held")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> visitHeld(@PathVariable String id, @Valid @RequestBody VisitHeldRequest request,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, null, (delegation, expected) -> new RecordInboundVisitHeldCommand(delegation,
                expected, request.arrivalDate(), request.departureDate()));
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> report(@PathVariable String id, @Valid @RequestBody VisitReportRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, null,
                (delegation, expected) -> new FileInboundVisitReportCommand(delegation, expected, request.results()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<InboundDelegationView> get(@PathVariable String id,
                                                     @RequestParam(required = false) AsOf asOf) {
        InboundDelegationView view = view(RecordIds.inboundDelegation(id), asOf);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** The whole filtered list as CSV, XLSX or PDF, read page by page ({@code page} and {@code size} do not apply). */
    @GetMapping(produces = {ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, ExportFormat.PDF_TYPE})
    @PreAuthorize("isAuthenticated()")
    public WholeList<InboundDelegationView> export(@RequestParam(required = false) String hostAgency,
                                                   @RequestParam(required = false) Integer year,
                                                   @RequestParam(required = false) InboundDelegationStatus status,
                                                   @RequestParam(required = false) InboundPurpose purpose,
                                                   @RequestParam(required = false)
                                                   @Pattern(regexp = "[A-Z]{2}",
                                                           message = "must be a two-letter ISO country code")
                                                   String country) {
        return WholeList.of(InboundDelegationView.class,
                (page, size) -> list(hostAgency, year, status, purpose, country, page, size),
                InboundDelegationPage::items, InboundDelegationPage::total);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public InboundDelegationPage list(@RequestParam(required = false) String hostAgency,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) InboundDelegationStatus status,
                                      @RequestParam(required = false) InboundPurpose purpose,
                                      @RequestParam(required = false)
                                      @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code")
                                      String country,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Actor actor = currentActor.get();
        String draftsOnlyOf = actor.isOfficer() ? actor.agency() : null;
        return queries.query(new ListInboundDelegationsQuery(hostAgency, year, status, purpose, country, draftsOnlyOf,
                page, size), ResponseTypes.instanceOf(InboundDelegationPage.class)).join();
    }

    /** The delegation as the caller may see it: officers see other agencies' records only once submitted. */
    private InboundDelegationView view(InboundDelegationId id) {
        return view(id, null);
    }

    /** The delegation now, or as it stood at {@code asOf}, if the actor may see it. */
    private InboundDelegationView view(InboundDelegationId id, AsOf asOf) {
        InboundDelegationView view = (asOf == null ? find(id) : pastStates.find(id.value(), asOf,
                new FindInboundDelegationQuery(id), InboundDelegationView.class)).orElseThrow(RecordNotFound::new);
        Actor actor = currentActor.get();
        if (actor.isOfficer() && view.status() == InboundDelegationStatus.DRAFT
                && !view.hostAgency().equals(actor.agency())) {
            throw new RecordNotFound();
        }
        return view;
    }

    private Optional<InboundDelegationView> find(InboundDelegationId id) {
        return queries.query(new FindInboundDelegationQuery(id),
                ResponseTypes.optionalInstanceOf(InboundDelegationView.class)).join();
    }

    /**
     * One change to an existing inbound delegation: the command built for the version the writer
     * last read (If-Match), sent with its reason, answered with the record as it now stands.
     */
    private ResponseEntity<?> change(String rawId, String ifMatch, String reason,
                                     BiFunction<InboundDelegationId, Long, Object> command) {
        InboundDelegationId id = RecordIds.inboundDelegation(rawId);
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        return written(id, version, HttpStatus.OK);
    }

    private ResponseEntity<?> written(InboundDelegationId id, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/inbound-delegations/" + id.value());
        return readModelWait.until(() -> find(id).orElse(null), InboundDelegationView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }
}
