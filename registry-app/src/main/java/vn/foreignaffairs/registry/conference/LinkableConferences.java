package vn.foreignaffairs.registry.conference;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.conference.ConferenceId;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.conference.FindConferenceQuery;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.link.LinkableRecords;
import vn.foreignaffairs.registry.link.LinkedRecord;
import vn.foreignaffairs.registry.security.Actor;

/** Conferences as ends of links, seen as their pages show them; the agency is the organiser. */
@Component
class LinkableConferences implements LinkableRecords {

    private final QueryGateway queries;

    LinkableConferences(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public RecordType type() {
        return RecordType.CONFERENCE;
    }

    @Override
    public Optional<LinkedRecord> find(String id, Actor viewer) {
        return queries.query(new FindConferenceQuery(new ConferenceId(id)),
                        ResponseTypes.optionalInstanceOf(ConferenceView.class)).join()
                .filter(view -> !(viewer.isOfficer() && view.status() == ConferenceStatus.DRAFT
                        && !view.organiser().equals(viewer.agency())))
                .map(view -> new LinkedRecord(RecordType.CONFERENCE, view.id(), view.details().title(),
                        view.organiser()));
    }
}
