package vn.foreignaffairs.registry.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reviewer records a consulted body's written opinion on the application. */
public record RecordConferenceOpinionCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                             String agency, Opinion opinion, String note) {
}
