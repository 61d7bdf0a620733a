package vn.foreignaffairs.registry.api.agency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterAgencyCommand(@TargetAggregateIdentifier AgencyCode code, String name, String nameEn,
                                    AgencyKind kind) {
}
