package vn.foreignaffairs.registry.api.conference;

import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record ConferenceDrafted(ConferenceId id, AgencyCode organiser, ConferenceDetails details)
        implements ConferenceEvent {
}
