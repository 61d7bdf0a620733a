package vn.foreignaffairs.registry.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationPage;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.FindDelegationQuery;
import vn.foreignaffairs.registry.api.delegation.ListDelegationsQuery;
import vn.foreignaffairs.registry.api.delegation.RejectDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.ReviseDelegationDraftCommand;
import vn.foreignaffairs.registry.api.delegation.SubmitDelegationCommand;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
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
    private final DelegationWarnings warnings;

    public DelegationController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                                CurrentActor currentActor, AgencyDirectory agencies, DelegationWarnings warnings) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.warnings = warnings;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> create(@Valid @RequestBody DelegationRequest request) {
        Actor actor = currentActor.get();
        String agency = request.agency() == null ? actor.agency() : request.agency();
        agencies.requireRegistered(agency, "agency");
        DelegationId id = DelegationId.random();
        commands.send(new CreateDelegationCommand(id, new AgencyCode(agency), request.toDetails()));
        return written(id, 1, HttpStatus.CREATED);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> revise(@PathVariable String id, @Valid @RequestBody DelegationRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (request.agency() != null && !request.agency().equals(view(RecordIds.delegation(id)).agency())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "agency",
                    "A delegation's agency cannot be changed; create a new delegation instead.");
        }
        return change(id, ifMatch, null,
                (delegation, expected) -> new ReviseDelegationDraftCommand(delegation, expected, request.toDetails()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> submit(@PathVariable String id,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, null, SubmitDelegationCommand::new);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> approve(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String signer = request.signer() == null || request.signer().isBlank()
                ? currentActor.get().displayName() : request.signer().strip();
        Decision decision = new Decision(request.decisionNumber().strip(), request.decisionDate(), signer);
        return change(id, ifMatch, null,
                (delegation, expected) -> new ApproveDelegationCommand(delegation, expected, decision));
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
    public ResponseEntity<DelegationResponse> get(@PathVariable String id) {
        DelegationView view = view(RecordIds.delegation(id));
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(withWarnings(view));
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
        return queries.query(new ListDelegationsQuery(agency, year, status, draftsOnlyOf, page, size),
                ResponseTypes.instanceOf(DelegationPage.class)).join();
    }

    /** The delegation as the caller may see it: officers see other agencies' records only once submitted. */
    private DelegationView view(DelegationId id) {
        DelegationView view = find(id).orElseThrow(RecordNotFound::new);
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

    private DelegationResponse withWarnings(DelegationView view) {
        return new DelegationResponse(view, warnings.seenBy(currentActor.get(), view));
    }
}
