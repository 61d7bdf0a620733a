package vn.foreignaffairs.registry.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelConferenceCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                      String reason) {
}
