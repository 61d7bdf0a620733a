package vn.foreignaffairs.registry.api.conference;

public record ConferenceDraftRevised(ConferenceId id, ConferenceDetails details) implements ConferenceEvent {
}
