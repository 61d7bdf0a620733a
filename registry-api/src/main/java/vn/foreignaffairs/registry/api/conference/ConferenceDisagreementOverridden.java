package vn.foreignaffairs.registry.api.conference;

import java.util.List;

/** The approver permits the conference although consulted bodies disagreed, and says why. */
public record ConferenceDisagreementOverridden(ConferenceId id, List<String> disagreeingAgencies, String reason)
        implements ConferenceEvent {

    public ConferenceDisagreementOverridden {
        disagreeingAgencies = disagreeingAgencies == null ? List.of() : List.copyOf(disagreeingAgencies);
    }
}
