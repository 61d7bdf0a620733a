package vn.foreignaffairs.registry.conference;

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
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.conference.CancelConferenceCommand;
import vn.foreignaffairs.registry.api.conference.ConferenceId;
import vn.foreignaffairs.registry.api.conference.ConferencePage;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.conference.CreateConferenceCommand;
import vn.foreignaffairs.registry.api.conference.FileConferenceReportCommand;
import vn.foreignaffairs.registry.api.conference.FindConferenceQuery;
import vn.foreignaffairs.registry.api.conference.ListConferencesQuery;
import vn.foreignaffairs.registry.api.conference.PermitConferenceCommand;
import vn.foreignaffairs.registry.api.conference.PermitDecision;
import vn.foreignaffairs.registry.api.conference.RecordConferenceHeldCommand;
import vn.foreignaffairs.registry.api.conference.RecordConferenceOpinionCommand;
import vn.foreignaffairs.registry.api.conference.RefuseConferenceCommand;
import vn.foreignaffairs.registry.api.conference.ReviseConferenceDraftCommand;
import vn.foreignaffairs.registry.api.conference.SubmitConferenceApplicationCommand;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.delegation.ReasonRequest;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.export.WholeList;
import vn.foreignaffairs.registry.policy.Policies;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordIds;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * International conferences and seminars (hội nghị, hội thảo quốc tế) over JSON. Thin: each write
 * is one command, each read one query. The organiser's officers apply, record the conference held
 * and report on it; the reviewer records the consulted bodies' opinions; leadership permits or
 * refuses. The numbers of Decision 06/2020/QĐ-TTg come from the policies in force for the organiser.
 */
@RestController
@RequestMapping("/api/v1/conferences")
public class ConferenceController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final Policies policies;
    private final PastStates pastStates;

    public ConferenceController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                                CurrentActor currentActor, AgencyDirectory agencies, Policies policies,
                                PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.policies = policies;
        this.pastStates = pastStates;
    }

    /** The organiser is the officer's own agency. */
    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> create(@Valid @RequestBody ConferenceRequest request) {
        String organiser = currentActor.get().agency();
        agencies.requireActive(organiser, "organiser");
        ConferenceId id = ConferenceId.random();
        commands.send(new CreateConferenceCommand(id, new AgencyCode(organiser), request.toDetails()));
        return written(id, 1, HttpStatus.CREATED);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> revise(@PathVariable String id, @Valid @RequestBody ConferenceRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, null, (conference, expected) ->
                new ReviseConferenceDraftCommand(conference, expected, request.toDetails()));
    }

    /**
     * Files the application today (in the province), with the lead times and the consultation
     * days in force for the organiser; the aggregate judges the lead time against them.
     */
    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> submit(@PathVariable String id,
                                    @Valid @RequestBody(required = false) ApplicationRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String organiser = view(RecordIds.conference(id)).organiser();
        List<String> consulted = request == null ? List.of() : request.consulted();
        consulted.forEach(agency -> agencies.requireRegistered(agency, "consultedAgencies"));
        long leadDays = policies.value(PolicyKey.CONFERENCE_APPLICATION_LEAD_DAYS, organiser);
        long primeMinisterLeadDays = policies.value(PolicyKey.CONFERENCE_APPLICATION_LEAD_DAYS_PRIME_MINISTER,
                organiser);
        long consultationDays = policies.value(PolicyKey.CONFERENCE_CONSULTATION_DAYS, organiser);
        LocalDate today = ProvinceTime.today();
        return change(id, ifMatch, null, (conference, expected) -> new SubmitConferenceApplicationCommand(conference,
                expected, today, consulted, leadDays, primeMinisterLeadDays, consultationDays));
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasRole('REVIEWER')")
    public ResponseEntity<?> recordOpinion(@PathVariable String id, @Valid @RequestBody ConferenceOpinionRequest request,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch) {
        return change(id, ifMatch, request.note(), (conference, expected) -> new RecordConferenceOpinionCommand(
                conference, expected, request.agency().strip(), request.opinion(), request.note()));
    }

    @PostMapping("/{id}/permit")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> permit(@PathVariable String id, @Valid @RequestBody PermitRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String signer = currentActor.signerOr(request.signer());
        PermitDecision decision = new PermitDecision(request.decisionNumber().strip(), request.decisionDate(), signer);
        return change(id, ifMatch, request.overrideReason(), (conference, expected) ->
                new PermitConferenceCommand(conference, expected, decision, request.overrideReason()));
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasRole('LEADERSHIP')")
    public ResponseEntity<?> refuse(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (conference, expected) -> new RefuseConferenceCommand(conference, expected, request.reason()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, request.reason(),
                (conference, expected) -> new CancelConferenceCommand(conference, expected, request.reason()));
    }

    /** Recorded once it has happened; the report falls due after the actual end, by the policy in force. */
    @PostMapping("/{id}/held")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> held(@PathVariable String id, @Valid @RequestBody HeldRequest request,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (request.endDate().isAfter(ProvinceTime.today())) {
            throw new RuleViolation(RefusalCode.DATE_IN_FUTURE, "endDate",
                    "The conference ends on " + request.endDate() + ", still to come; record it once it has happened.");
        }
        long reportDueDays = policies.value(PolicyKey.CONFERENCE_REPORT_DUE_DAYS,
                view(RecordIds.conference(id)).organiser());
        return change(id, ifMatch, null, (conference, expected) -> new RecordConferenceHeldCommand(conference,
                expected, request.startDate(), request.endDate(), request.participants(),
                request.foreignParticipants(), reportDueDays));
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasRole('OFFICER')")
    public ResponseEntity<?> report(@PathVariable String id, @Valid @RequestBody ConferenceReportRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(id, ifMatch, null,
                (conference, expected) -> new FileConferenceReportCommand(conference, expected, request.results()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<ConferenceView> get(@PathVariable String id, @RequestParam(required = false) AsOf asOf) {
        ConferenceView view = view(RecordIds.conference(id), asOf);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** The whole filtered list as CSV, XLSX or PDF, read page by page ({@code page} and {@code size} do not apply). */
    @GetMapping(produces = {ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, ExportFormat.PDF_TYPE})
    @PreAuthorize("isAuthenticated()")
    public WholeList<ConferenceView> export(@RequestParam(required = false) String organiser,
                                            @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) ConferenceStatus status,
                                            @RequestParam(required = false) Boolean foreignFunded) {
        return WholeList.of(ConferenceView.class, (page, size) -> list(organiser, year, status, foreignFunded, page,
                size), ConferencePage::items, ConferencePage::total);
    }

    /** An organiser's list includes the conferences of the agencies merged into it (its lineage). */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public ConferencePage list(@RequestParam(required = false) String organiser,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) ConferenceStatus status,
                               @RequestParam(required = false) Boolean foreignFunded,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Actor actor = currentActor.get();
        String draftsOnlyOf = actor.isOfficer() ? actor.agency() : null;
        List<String> lineage = organiser == null ? null : agencies.lineage(organiser);
        return queries.query(new ListConferencesQuery(lineage, year, status, foreignFunded, draftsOnlyOf, page, size),
                ResponseTypes.instanceOf(ConferencePage.class)).join();
    }

    /** The conference as the caller may see it: officers see other agencies' records only once submitted. */
    private ConferenceView view(ConferenceId id) {
        return view(id, null);
    }

    /** The conference now, or as it stood at {@code asOf}, if the actor may see it. */
    private ConferenceView view(ConferenceId id, AsOf asOf) {
        ConferenceView view = (asOf == null ? find(id) : pastStates.find(id.value(), asOf,
                new FindConferenceQuery(id), ConferenceView.class)).orElseThrow(RecordNotFound::new);
        Actor actor = currentActor.get();
        if (actor.isOfficer() && view.status() == ConferenceStatus.DRAFT && !view.organiser().equals(actor.agency())) {
            throw new RecordNotFound();
        }
        return view;
    }

    private Optional<ConferenceView> find(ConferenceId id) {
        return queries.query(new FindConferenceQuery(id), ResponseTypes.optionalInstanceOf(ConferenceView.class))
                .join();
    }

    /**
     * One change to an existing conference: the command built for the version the writer last
     * read (If-Match), sent with its reason, answered with the record as it now stands.
     */
    private ResponseEntity<?> change(String rawId, String ifMatch, String reason,
                                     BiFunction<ConferenceId, Long, Object> command) {
        ConferenceId id = RecordIds.conference(rawId);
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        return written(id, version, HttpStatus.OK);
    }

    private ResponseEntity<?> written(ConferenceId id, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/conferences/" + id.value());
        return readModelWait.until(() -> find(id).orElse(null), ConferenceView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }
}
