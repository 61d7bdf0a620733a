package vn.foreignaffairs.registry.api.conference;

public record ConferenceReportFiled(ConferenceId id, String results) implements ConferenceEvent {
}
