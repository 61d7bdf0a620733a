package vn.foreignaffairs.registry.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record CreateConferenceCommand(@TargetAggregateIdentifier ConferenceId id, AgencyCode organiser,
                                      ConferenceDetails details) {
}
