package vn.foreignaffairs.registry.api.conference;

/** Answered with a {@link ConferenceView}, or null when the read model has no such conference. */
public record FindConferenceQuery(ConferenceId id) {
}
