package vn.foreignaffairs.registry.link;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.PastStates;
import vn.foreignaffairs.registry.api.link.FindLinkQuery;
import vn.foreignaffairs.registry.api.link.LinkId;
import vn.foreignaffairs.registry.api.link.LinkRecordsCommand;
import vn.foreignaffairs.registry.api.link.LinkView;
import vn.foreignaffairs.registry.api.link.RecordRef;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.api.link.UnlinkRecordsCommand;
import vn.foreignaffairs.registry.delegation.ReasonRequest;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.IfMatch;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordIds;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Links between records over JSON (a trip that signs an agreement, a visit by a donor). Both ends
 * must exist and be visible to the caller; officers link from their own agency's records,
 * reviewers and leadership from any; inspectors and administrators only read.
 */
@RestController
@RequestMapping("/api/v1")
public class LinkController {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final ReadModelWait readModelWait;
    private final CurrentActor currentActor;
    private final LinkableRecordDirectory records;
    private final RecordLinks recordLinks;
    private final PastStates pastStates;

    public LinkController(CommandSender commands, QueryGateway queries, ReadModelWait readModelWait,
                          CurrentActor currentActor, LinkableRecordDirectory records, RecordLinks recordLinks,
                          PastStates pastStates) {
        this.commands = commands;
        this.queries = queries;
        this.readModelWait = readModelWait;
        this.currentActor = currentActor;
        this.records = records;
        this.recordLinks = recordLinks;
        this.pastStates = pastStates;
    }

    @PostMapping("/links")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> link(@Valid @RequestBody LinkRequest request) {
        Actor actor = currentActor.get();
        LinkedRecord from = records.require(request.from().toRef(), actor, "from");
        LinkedRecord to = records.require(request.to().toRef(), actor, "to");
        LinkRecordsCommand command = LinkRecordsCommand.of(request.from().toRef(), request.relation(),
                request.to().toRef(), request.note(), from.agency());
        long version = commands.send(command);
        return written(command.linkId(), version, HttpStatus.CREATED);
    }

    @DeleteMapping("/links/{linkId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> unlink(@PathVariable String linkId, @Valid @RequestBody ReasonRequest request) {
        LinkId id = RecordIds.link(linkId);
        long version = commands.send(new UnlinkRecordsCommand(id, request.reason()), request.reason());
        return written(id, version, HttpStatus.OK);
    }

    /** The same as {@code DELETE /links/{linkId}}, for clients that cannot send a body with DELETE. */
    @PostMapping("/links/{linkId}/remove")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    public ResponseEntity<?> remove(@PathVariable String linkId, @Valid @RequestBody ReasonRequest request) {
        return unlink(linkId, request);
    }

    @GetMapping("/links/{linkId}")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<LinkView> get(@PathVariable String linkId, @RequestParam(required = false) AsOf asOf) {
        LinkId id = RecordIds.link(linkId);
        LinkView view = (asOf == null ? find(id) : pastStates.find(id.value(), asOf, new FindLinkQuery(id),
                LinkView.class)).orElseThrow(RecordNotFound::new);
        Actor actor = currentActor.get();
        if (records.find(view.from(), actor).isEmpty() || records.find(view.to(), actor).isEmpty()) {
            throw new RecordNotFound();
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** What the record refers to and what refers to it. */
    @GetMapping("/links")
    @PreAuthorize("isAuthenticated()")
    public LinksOfRecord linksOf(@RequestParam RecordType type, @RequestParam String id) {
        return recordLinks.of(new RecordRef(type, id), currentActor.get());
    }

    @GetMapping("/delegations/{id}/links")
    @PreAuthorize("isAuthenticated()")
    public LinksOfRecord linksOfDelegation(@PathVariable String id) {
        return linksOf(RecordType.OUTBOUND_DELEGATION, id);
    }

    @GetMapping("/inbound-delegations/{id}/links")
    @PreAuthorize("isAuthenticated()")
    public LinksOfRecord linksOfInboundDelegation(@PathVariable String id) {
        return linksOf(RecordType.INBOUND_DELEGATION, id);
    }

    private Optional<LinkView> find(LinkId id) {
        return queries.query(new FindLinkQuery(id), ResponseTypes.optionalInstanceOf(LinkView.class)).join();
    }

    private ResponseEntity<?> written(LinkId id, long version, HttpStatus status) {
        URI location = URI.create("/api/v1/links/" + id.value());
        return readModelWait.until(() -> find(id).orElse(null), LinkView::version, version)
                .<ResponseEntity<?>>map(view -> ResponseEntity.status(status).location(location)
                        .eTag(IfMatch.etag(view.version())).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).eTag(IfMatch.etag(version))
                        .body(Map.of("id", id.value(), "version", version,
                                "detail", "Recorded; the registry's lists will show it in a moment.")));
    }
}
