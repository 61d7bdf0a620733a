package vn.foreignaffairs.registry.api.delegation;

import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record DelegationDrafted(DelegationId id, AgencyCode agency, DelegationDetails details)
        implements DelegationEvent {
}
