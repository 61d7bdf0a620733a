package vn.foreignaffairs.registry.api.conference;

public record ConferenceRefused(ConferenceId id, String reason) implements ConferenceEvent {
}
