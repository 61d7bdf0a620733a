package vn.foreignaffairs.registry.api.inbound;

import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record InboundDelegationDrafted(InboundDelegationId id, AgencyCode hostAgency, InboundDelegationDetails details)
        implements InboundDelegationEvent {
}
