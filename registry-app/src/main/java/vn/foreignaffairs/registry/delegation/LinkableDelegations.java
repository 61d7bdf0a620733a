package vn.foreignaffairs.registry.delegation;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.FindDelegationQuery;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.link.LinkableRecords;
import vn.foreignaffairs.registry.link.LinkedRecord;
import vn.foreignaffairs.registry.security.Actor;

/** Outbound delegations as ends of links, seen as the delegation pages show them. */
@Component
class LinkableDelegations implements LinkableRecords {

    private final QueryGateway queries;

    LinkableDelegations(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public RecordType type() {
        return RecordType.OUTBOUND_DELEGATION;
    }

    @Override
    public Optional<LinkedRecord> find(String id, Actor viewer) {
        return queries.query(new FindDelegationQuery(new DelegationId(id)),
                        ResponseTypes.optionalInstanceOf(DelegationView.class)).join()
                .filter(view -> !(viewer.isOfficer() && view.status() == DelegationStatus.DRAFT
                        && !view.agency().equals(viewer.agency())))
                .map(view -> new LinkedRecord(RecordType.OUTBOUND_DELEGATION, view.id(), view.details().title(),
                        view.agency()));
    }
}
