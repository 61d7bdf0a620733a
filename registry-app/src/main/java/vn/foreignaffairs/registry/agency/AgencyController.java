package vn.foreignaffairs.registry.agency;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.AggregateStreamCreationException;
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
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agency.DissolveAgencyCommand;
import vn.foreignaffairs.registry.api.agency.FindAgencyQuery;
import vn.foreignaffairs.registry.api.agency.MergeAgencyCommand;
import vn.foreignaffairs.registry.api.agency.RegisterAgencyCommand;
import vn.foreignaffairs.registry.api.agency.RenameAgencyCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Agencies (cơ quan, đơn vị) over JSON: anyone signed in reads them; only administrators
 * register and reorganise them (đổi tên, sáp nhập, giải thể).
 */
@RestController
@RequestMapping("/api/v1/agencies")
public class AgencyController {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final AgencyDirectory agencies;
    private final CommandSender commands;
    private final ReadModelWait readModelWait;
    private final PastStates pastStates;

    public AgencyController(AgencyDirectory agencies, CommandSender commands, ReadModelWait readModelWait,
                            PastStates pastStates) {
        this.agencies = agencies;
        this.commands = commands;
        this.readModelWait = readModelWait;
        this.pastStates = pastStates;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> register(@Valid @RequestBody RegisterAgencyRequest request) {
        AgencyCode code = new AgencyCode(request.code());
        try {
            commands.send(new RegisterAgencyCommand(code, request.name().strip(), stripToNull(request.nameEn()),
                    request.kind()));
        } catch (AggregateStreamCreationException taken) {
            throw new RuleViolation(RefusalCode.ALREADY_EXISTS, "code",
                    "An agency with the code " + code + " is registered already.");
        }
        return written(code, 1, HttpStatus.CREATED);
    }

    @PostMapping("/{code}/rename")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> rename(@PathVariable String code, @Valid @RequestBody RenameAgencyRequest request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(code, ifMatch, request.reason(), (agency, expected) -> new RenameAgencyCommand(agency,
                request.newName(), request.newNameEn(), request.effectiveDate(), request.decisionReference(),
                request.reason(), expected));
    }

    @PostMapping("/{code}/merge")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> merge(@PathVariable String code, @Valid @RequestBody MergeAgencyRequest request,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // The successor is another aggregate, which the Agency aggregate cannot see, so its being
        // active is checked here against the read model. That may lag a moment behind the log;
        // acceptable because an agency's status changes rarely and only by administrators, and if two
        // mergers did cross, every record would still be reachable: lineages follow mergers
        // transitively (and stop on a cycle), and a successor's records never move.
        agencies.requireActive(request.intoCode(), "intoCode");
        return change(code, ifMatch, request.reason(), (agency, expected) -> new MergeAgencyCommand(agency,
                new AgencyCode(request.intoCode()), request.effectiveDate(), request.decisionReference(),
                request.reason(), expected));
    }

    @PostMapping("/{code}/dissolve")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> dissolve(@PathVariable String code, @Valid @RequestBody DissolveAgencyRequest request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return change(code, ifMatch, request.reason(), (agency, expected) -> new DissolveAgencyCommand(agency,
                request.effectiveDate(), request.decisionReference(), request.reason(), expected));
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<AgencyWithLineage> get(@PathVariable String code,
                                                 @RequestParam(required = false) AsOf asOf) {
        AgencyCode agency = codeOf(code);
        // The agency's own fields as they stood then; its lineage is the one known now.
        AgencyView view = asOf == null ? agencies.find(agency.value()) : pastStates.find(agency.value(), asOf,
                new FindAgencyQuery(agency), AgencyView.class).orElse(null);
        if (view == null) {
            throw new RecordNotFound();
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(withLineage(view));
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public List<AgencyView> list() {
        return agencies.all();
    }

    /** A code from a URL; anything that cannot be a code is simply not found. */
    private static AgencyCode codeOf(String raw) {
        if (raw == null || !CODE.matcher(raw).matches()) {
            throw new RecordNotFound();
        }
        return new AgencyCode(raw);
    }

    private ResponseEntity<?> change(String rawCode, String ifMatch, String reason,
                                     BiFunction<AgencyCode, Long, Object> command) {
        AgencyCode code = codeOf(rawCode);
        long version = commands.send(command.apply(code, IfMatch.expectedVersion(ifMatch)), reason);
        return written(code, version, HttpStatus.OK);
    }

    private ResponseEntity<?> written(AgencyCode code, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/agencies/" + code.value());
        return readModelWait.until(() -> agencies.find(code.value()), AgencyView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(withLineage(view)))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("code", code.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }

    private AgencyWithLineage withLineage(AgencyView view) {
        return new AgencyWithLineage(view, agencies.lineage(view.code()));
    }

    private static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
