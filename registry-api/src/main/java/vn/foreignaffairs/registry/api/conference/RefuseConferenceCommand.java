package vn.foreignaffairs.registry.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RefuseConferenceCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                      String reason) {
}
