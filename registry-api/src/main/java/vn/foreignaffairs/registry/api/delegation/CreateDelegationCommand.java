package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record CreateDelegationCommand(@TargetAggregateIdentifier DelegationId id, AgencyCode agency,
                                      DelegationDetails details) {
}
