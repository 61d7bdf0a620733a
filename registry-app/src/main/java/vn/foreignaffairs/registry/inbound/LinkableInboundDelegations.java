package vn.foreignaffairs.registry.inbound;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.inbound.FindInboundDelegationQuery;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationId;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.link.LinkableRecords;
import vn.foreignaffairs.registry.link.LinkedRecord;
import vn.foreignaffairs.registry.security.Actor;

/** Inbound delegations as ends of links, seen as their pages show them; the agency is the host. */
@Component
class LinkableInboundDelegations implements LinkableRecords {

    private final QueryGateway queries;

    LinkableInboundDelegations(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public RecordType type() {
        return RecordType.INBOUND_DELEGATION;
    }

    @Override
    public Optional<LinkedRecord> find(String id, Actor viewer) {
        return queries.query(new FindInboundDelegationQuery(new InboundDelegationId(id)),
                        ResponseTypes.optionalInstanceOf(InboundDelegationView.class)).join()
                .filter(view -> !(viewer.isOfficer() && view.status() == InboundDelegationStatus.DRAFT
                        && !view.hostAgency().equals(viewer.agency())))
                .map(view -> new LinkedRecord(RecordType.INBOUND_DELEGATION, view.id(), view.details().title(),
                        view.hostAgency()));
    }
}
