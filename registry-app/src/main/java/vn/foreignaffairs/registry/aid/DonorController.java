package vn.foreignaffairs.registry.aid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Map;
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
import vn.foreignaffairs.registry.aid.AidRequests.DonorRequest;
import vn.foreignaffairs.registry.aid.AidRequests.PermitRequest;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;
import vn.foreignaffairs.registry.api.aid.DonorKind;
import vn.foreignaffairs.registry.api.aid.DonorPage;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.ListDonorsQuery;
import vn.foreignaffairs.registry.api.aid.RecordDonorPermitCommand;
import vn.foreignaffairs.registry.api.aid.RegisterDonorCommand;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.export.WholeList;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Donors of foreign non-governmental aid over JSON. Officers, who propose the aid, and the
 * Department of Foreign Affairs register donors and record their permits in Vietnam.
 */
@RestController
@RequestMapping("/api/v1/aid/donors")
public class DonorController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final DonorBook donors;
    private final PastStates pastStates;

    public DonorController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                           DonorBook donors,
                           PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.donors = donors;
        this.pastStates = pastStates;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER')")
    public ResponseEntity<?> register(@Valid @RequestBody DonorRequest request) {
        DonorId id = DonorId.random();
        commands.send(new RegisterDonorCommand(id, request.toDetails()));
        return written(id, 1, HttpStatus.CREATED);
    }

    /** A new or renewed registration or permit, which replaces the one in force. */
    @PostMapping("/{id}/permits")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER')")
    public ResponseEntity<?> recordPermit(@PathVariable String id, @Valid @RequestBody PermitRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch) {
        DonorId donor = AidIds.donor(id);
        long version = commands.send(new RecordDonorPermitCommand(donor, IfMatch.expectedVersion(ifMatch),
                request.toPermit()));
        return written(donor, version, HttpStatus.OK);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<DonorView> get(@PathVariable String id, @RequestParam(required = false) AsOf asOf) {
        DonorId donor = AidIds.donor(id);
        DonorView view = (asOf == null ? donors.find(donor)
                : pastStates.find(donor.value(), asOf, new FindDonorQuery(donor), DonorView.class))
                .orElseThrow(RecordNotFound::new);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** The whole filtered list as CSV, XLSX or PDF, read page by page ({@code page} and {@code size} do not apply). */
    @GetMapping(produces = {ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, ExportFormat.PDF_TYPE})
    @PreAuthorize("isAuthenticated()")
    public WholeList<DonorView> export(@RequestParam(required = false)
                                       @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code")
                                       String country,
                                       @RequestParam(required = false) DonorKind kind) {
        return WholeList.of(DonorView.class, (page, size) -> list(country, kind, page, size), DonorPage::items,
                DonorPage::total);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public DonorPage list(@RequestParam(required = false)
                          @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code")
                          String country,
                          @RequestParam(required = false) DonorKind kind,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListDonorsQuery(country, kind, page, size), ResponseTypes.instanceOf(DonorPage.class))
                .join();
    }

    private ResponseEntity<?> written(DonorId id, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/aid/donors/" + id.value());
        return readModelWait.until(() -> donors.find(id).orElse(null), DonorView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }
}
