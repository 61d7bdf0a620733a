package vn.foreignaffairs.registry.api.conference;

public record ConferencePermitted(ConferenceId id, PermitDecision decision) implements ConferenceEvent {
}
