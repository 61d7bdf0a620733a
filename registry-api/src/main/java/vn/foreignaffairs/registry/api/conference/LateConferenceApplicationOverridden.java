package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/**
 * The approver permits an application that came later than its lead time, and says why: filed on
 * {@code submittedOn} for a conference starting on {@code startDate}, when {@code requiredLeadDays}
 * were required.
 */
public record LateConferenceApplicationOverridden(ConferenceId id, LocalDate submittedOn, LocalDate startDate,
                                                  long requiredLeadDays, String reason) implements ConferenceEvent {
}
