package vn.foreignaffairs.registry.api.conference;

/** The facts of a conference's life, closed so a switch over them is checked. */
public sealed interface ConferenceEvent
        permits ConferenceDrafted, ConferenceDraftRevised, ConferenceApplicationSubmitted, ConferenceOpinionRecorded,
        LateConferenceApplicationOverridden, ConferenceDisagreementOverridden, ConferencePermitted,
        ConferenceRefused, ConferenceCancelled, ConferenceHeld, ConferenceReportFiled {

    ConferenceId id();
}
