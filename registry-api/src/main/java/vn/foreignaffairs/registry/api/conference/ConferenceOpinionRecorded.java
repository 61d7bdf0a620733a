package vn.foreignaffairs.registry.api.conference;

public record ConferenceOpinionRecorded(ConferenceId id, String agency, Opinion opinion, String note)
        implements ConferenceEvent {
}
