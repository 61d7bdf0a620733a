package vn.foreignaffairs.registry.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agreement.AgreementId;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.FindAgreementQuery;
import vn.foreignaffairs.registry.api.agreement.FindImplementationPlanQuery;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanDuties;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanId;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanView;
import vn.foreignaffairs.registry.api.agreement.ListImplementationPlanDutiesQuery;
import vn.foreignaffairs.registry.api.agreement.OverdueImplementationPlan;
import vn.foreignaffairs.registry.api.agreement.OverdueImplementationPlans;
import vn.foreignaffairs.registry.api.agreement.PlannedAgreementActivity;
import vn.foreignaffairs.registry.api.agreement.SubmitImplementationPlanCommand;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.PastStates;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordIds;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * The annual implementation plans for international agreements (Law 70/2020 art. 42): each
 * signing body submits, by 15 November of the year before (a policy), what it will do that year
 * to carry out its agreements; leadership sees who has not.
 */
@RestController
@Validated
@RequestMapping("/api/v1/agreements/implementation-plans")
public class ImplementationPlanController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final AgencyDirectory agencies;
    private final AgreementDeadlines deadlines;
    private final OverdueListScope overdueScope;
    private final PastStates pastStates;

    public ImplementationPlanController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                                        AgencyDirectory agencies, AgreementDeadlines deadlines,
                                        OverdueListScope overdueScope, PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.agencies = agencies;
        this.deadlines = deadlines;
        this.overdueScope = overdueScope;
        this.pastStates = pastStates;
    }

    record PlanRequest(@NotEmpty @Size(max = AgreementImplementationPlan.MAX_ACTIVITIES)
                       List<@Valid ActivityRequest> activities) {
    }

    record ActivityRequest(@NotBlank @Size(max = 64) String agreementId,
                           @NotBlank @Size(max = AgreementImplementationPlan.MAX_TEXT) String activity,
                           @Size(max = 200) String timeframe,
                           @Size(max = 300) String leadUnit) {
    }

    /** Submits the plan, or a revision of it; officers of the signing body only. */
    @PutMapping("/{signingBody}/{year}")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> submit(@PathVariable String signingBody, @PathVariable int year,
                                    @Valid @RequestBody PlanRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        agencies.requireActive(signingBody, "signingBody");
        requireYear(year);
        List<PlannedAgreementActivity> activities = activities(signingBody, request.activities());
        ImplementationPlanId id = ImplementationPlanId.of(signingBody, year);
        long version = commands.send(new SubmitImplementationPlanCommand(id, IfMatch.expectedVersion(ifMatch),
                new AgencyCode(signingBody), year, activities, ProvinceTime.today(),
                deadlines.implementationPlanDue(signingBody, year)), null);
        URI location = URI.create("/api/v1/agreements/implementation-plans/" + signingBody + "/" + year);
        HttpStatus status = version == 1 ? HttpStatus.CREATED : HttpStatus.OK;
        return readModelWait.until(() -> find(id).orElse(null), ImplementationPlanView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }

    /** The plan as it stands, or as it stood at {@code asOf}: rebuilt from its events. */
    @GetMapping("/{signingBody}/{year}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<ImplementationPlanView> get(@PathVariable String signingBody, @PathVariable int year,
                                                      @RequestParam(required = false) AsOf asOf) {
        if (!RecordIds.looksLikeId(signingBody)) {
            throw new RecordNotFound();
        }
        ImplementationPlanId id = ImplementationPlanId.of(signingBody, year);
        ImplementationPlanView view = (asOf == null ? find(id) : pastStates.find(id.value(), asOf,
                new FindImplementationPlanQuery(id.value()), ImplementationPlanView.class))
                .orElseThrow(RecordNotFound::new);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /**
     * Signing bodies with agreements to carry out in {@code year} and no plan submitted by
     * {@code asOf} (default today) although it was due; officers see their own agency only.
     */
    @GetMapping("/overdue")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    public OverdueImplementationPlans overdue(@RequestParam @Min(2000) @Max(2100) int year,
                                              @RequestParam(required = false) String signingBody,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? ProvinceTime.today() : asOf;
        ImplementationPlanDuties duties = queries.query(
                new ListImplementationPlanDutiesQuery(overdueScope.of(signingBody, "signingBody"), year, day),
                ResponseTypes.instanceOf(ImplementationPlanDuties.class)).join();
        List<OverdueImplementationPlan> overdue = duties.items().stream()
                .filter(duty -> duty.firstSubmittedOn() == null)
                .map(duty -> {
                    LocalDate due = deadlines.implementationPlanDue(duty.signingBody(), year);
                    return new OverdueImplementationPlan(duty.signingBody(), year, due,
                            ChronoUnit.DAYS.between(due, day), duty.agreementsToImplement());
                })
                .filter(plan -> plan.daysOverdue() > 0)
                .toList();
        return new OverdueImplementationPlans(overdue);
    }

    private List<PlannedAgreementActivity> activities(String signingBody, List<ActivityRequest> requested) {
        return IntStream.range(0, requested.size()).mapToObj(i -> {
            ActivityRequest activity = requested.get(i);
            requireToImplement(signingBody, activity.agreementId(), "activities[" + i + "].agreementId");
            return new PlannedAgreementActivity(new AgreementId(activity.agreementId()), activity.activity().strip(),
                    strip(activity.timeframe()), strip(activity.leadUnit()));
        }).toList();
    }

    private void requireToImplement(String signingBody, String rawId, String field) {
        Optional<AgreementView> agreement = RecordIds.looksLikeId(rawId)
                ? queries.query(new FindAgreementQuery(new AgreementId(rawId), ProvinceTime.today()),
                        ResponseTypes.optionalInstanceOf(AgreementView.class)).join()
                : Optional.empty();
        if (agreement.isEmpty() || !agreement.get().signingBody().equals(signingBody)) {
            throw new RuleViolation(RefusalCode.AGREEMENT_NOT_TO_IMPLEMENT, field,
                    "No agreement " + rawId + " is signed in the name of " + signingBody + ".");
        }
        if (!AgreementStatus.CARRIED_OUT.contains(agreement.get().status())) {
            throw new RuleViolation(RefusalCode.AGREEMENT_NOT_TO_IMPLEMENT, field,
                    "Agreement " + rawId + " is " + agreement.get().status()
                            + "; a plan carries out agreements that are signed, in force or suspended.");
        }
    }

    private static void requireYear(int year) {
        int thisYear = ProvinceTime.today().getYear();
        if (year < thisYear || year > thisYear + 1) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "year",
                    "A plan is submitted for next year, or revised during its own year (" + thisYear + " or "
                            + (thisYear + 1) + ").");
        }
    }

    private Optional<ImplementationPlanView> find(ImplementationPlanId id) {
        return queries.query(new FindImplementationPlanQuery(id.value()),
                ResponseTypes.optionalInstanceOf(ImplementationPlanView.class)).join();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
