package vn.foreignaffairs.registry.api.conference;

public record ConferenceCancelled(ConferenceId id, String reason) implements ConferenceEvent {
}
