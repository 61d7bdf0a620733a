package vn.foreignaffairs.registry.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.link.LinkView;
import vn.foreignaffairs.registry.api.link.LinksOfRecordQuery;
import vn.foreignaffairs.registry.api.link.RecordRef;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * The links of one record as a viewer sees them, for its page: each other end with its current
 * title, and nothing about records the viewer may not see (another agency's draft).
 */
@Component
public class RecordLinks {

    private final QueryGateway queries;
    private final LinkableRecordDirectory records;

    public RecordLinks(QueryGateway queries, LinkableRecordDirectory records) {
        this.queries = queries;
        this.records = records;
    }

    /** The record's links; {@link RecordNotFound} when the viewer may not see the record itself. */
    public LinksOfRecord of(RecordRef record, Actor viewer) {
        LinkedRecord shown = records.find(record, viewer).orElseThrow(RecordNotFound::new);
        List<LinkOfRecord> refersTo = new ArrayList<>();
        List<LinkOfRecord> referredBy = new ArrayList<>();
        for (LinkView link : queries.query(new LinksOfRecordQuery(record),
                ResponseTypes.multipleInstancesOf(LinkView.class)).join()) {
            Optional<LinkedRecord> other = records.find(link.otherEnd(record), viewer);
            if (other.isEmpty()) {
                continue;
            }
            LinkOfRecord entry = new LinkOfRecord(link.id(), link.relation(), other.get(), link.note(),
                    link.linkedBy(), link.linkedAt());
            (link.from().equals(record) ? refersTo : referredBy).add(entry);
        }
        return new LinksOfRecord(shown, refersTo, referredBy);
    }
}
