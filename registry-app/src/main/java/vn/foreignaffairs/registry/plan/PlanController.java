package vn.foreignaffairs.registry.plan;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.ApproveAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.ApprovePlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.DraftAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.FindAnnualPlanQuery;
import vn.foreignaffairs.registry.api.plan.ListAnnualPlansQuery;
import vn.foreignaffairs.registry.api.plan.PlanDecision;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.api.plan.ProposePlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.RejectPlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.ReturnAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.SubmitAnnualPlanCommand;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordNotFound;

/** Annual plans of delegations (kế hoạch đoàn ra, đoàn vào hằng năm) per agency and year. */
@RestController
@RequestMapping("/api/v1/plans")
public class PlanController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final AgencyDirectory agencies;
    private final CurrentActor currentActor;
    private final PastStates pastStates;

    public PlanController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                          AgencyDirectory agencies, CurrentActor currentActor,
                          PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.agencies = agencies;
        this.currentActor = currentActor;
        this.pastStates = pastStates;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public List<AnnualPlanView> list(@RequestParam int year) {
        return queries.query(new ListAnnualPlansQuery(year), ResponseTypes.multipleInstancesOf(AnnualPlanView.class))
                .join();
    }

    @GetMapping("/{agency}/{year}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<AnnualPlanView> get(@PathVariable String agency, @PathVariable int year,
                                              @RequestParam(required = false) AsOf asOf) {
        AnnualPlanId id = PlanIds.of(agency, year);
        AnnualPlanView plan = (asOf == null ? find(id)
                : pastStates.find(id.value(), asOf, new FindAnnualPlanQuery(id), AnnualPlanView.class))
                .filter(view -> view.status() != PlanStatus.NONE)
                .orElseThrow(RecordNotFound::new);
        return ResponseEntity.ok().eTag(IfMatch.etag(plan.version())).body(plan);
    }

    @PutMapping("/{agency}/{year}")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> draft(@PathVariable String agency, @PathVariable int year,
                                   @Valid @RequestBody PlanRequests.DraftRequest request,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AnnualPlanId id = PlanIds.of(agency, year);
        agencies.requireActive(agency, "agency");
        return change(id, ifMatch, null, (plan, expected) -> new DraftAnnualPlanCommand(plan, expected,
                new AgencyCode(agency), year, request.toItems()));
    }

    @PostMapping("/{agency}/{year}/submit")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> submit(@PathVariable String agency, @PathVariable int year,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(PlanIds.of(agency, year), ifMatch, null, SubmitAnnualPlanCommand::new);
    }

    @PostMapping("/{agency}/{year}/approve")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> approve(@PathVariable String agency, @PathVariable int year,
                                     @Valid @RequestBody PlanRequests.DecisionRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanDecision decision = decision(request);
        return change(PlanIds.of(agency, year), ifMatch, null,
                (plan, expected) -> new ApproveAnnualPlanCommand(plan, expected, decision));
    }

    @PostMapping("/{agency}/{year}/return")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> returnForRevision(@PathVariable String agency, @PathVariable int year,
                                               @Valid @RequestBody PlanRequests.ReasonRequest request,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch) {
        return change(PlanIds.of(agency, year), ifMatch, request.reason(),
                (plan, expected) -> new ReturnAnnualPlanCommand(plan, expected, request.reason()));
    }

    @PostMapping("/{agency}/{year}/amendments")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> proposeAmendment(@PathVariable String agency, @PathVariable int year,
                                              @Valid @RequestBody PlanRequests.AmendmentRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        String amendmentId = UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<?> response = change(PlanIds.of(agency, year), ifMatch, request.reason(),
                (plan, expected) -> new ProposePlanAmendmentCommand(plan, expected, amendmentId,
                        request.toAddedItems(), request.withdrawnItemIds(), request.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).headers(response.getHeaders())
                .location(URI.create("/api/v1/plans/" + agency + "/" + year + "/amendments/" + amendmentId))
                .body(response.getBody());
    }

    @PostMapping("/{agency}/{year}/amendments/{amendmentId}/approve")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> approveAmendment(@PathVariable String agency, @PathVariable int year,
                                              @PathVariable String amendmentId,
                                              @Valid @RequestBody PlanRequests.DecisionRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        PlanDecision decision = decision(request);
        return change(PlanIds.of(agency, year), ifMatch, null,
                (plan, expected) -> new ApprovePlanAmendmentCommand(plan, expected, amendmentId, decision));
    }

    @PostMapping("/{agency}/{year}/amendments/{amendmentId}/reject")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> rejectAmendment(@PathVariable String agency, @PathVariable int year,
                                             @PathVariable String amendmentId,
                                             @Valid @RequestBody PlanRequests.ReasonRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch) {
        return change(PlanIds.of(agency, year), ifMatch, request.reason(),
                (plan, expected) -> new RejectPlanAmendmentCommand(plan, expected, amendmentId, request.reason()));
    }

    private PlanDecision decision(PlanRequests.DecisionRequest request) {
        String signer = currentActor.signerOr(request.signer());
        return new PlanDecision(request.decisionNumber().strip(), request.decisionDate(), signer);
    }

    private ResponseEntity<?> change(AnnualPlanId id, String ifMatch, String reason,
                                     BiFunction<AnnualPlanId, Long, Object> command) {
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        return readModelWait.until(() -> find(id).orElse(null), AnnualPlanView::version, version)
                .<ResponseEntity<?>>map(plan -> ResponseEntity.ok().eTag(IfMatch.etag(plan.version())).body(plan))
                .orElseGet(() -> ResponseEntity.accepted().eTag(IfMatch.etag(version)).build());
    }

    private Optional<AnnualPlanView> find(AnnualPlanId id) {
        return queries.query(new FindAnnualPlanQuery(id), ResponseTypes.optionalInstanceOf(AnnualPlanView.class))
                .join();
    }
}
