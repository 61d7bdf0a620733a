package vn.foreignaffairs.registry.api.inbound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record CreateInboundDelegationCommand(@TargetAggregateIdentifier InboundDelegationId id, AgencyCode hostAgency,
                                             InboundDelegationDetails details) {
}
