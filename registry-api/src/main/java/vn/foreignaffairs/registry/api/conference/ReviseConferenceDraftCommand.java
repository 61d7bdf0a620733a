package vn.foreignaffairs.registry.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion} is the version the writer last read, or null to skip the check. */
public record ReviseConferenceDraftCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                           ConferenceDetails details) {
}
