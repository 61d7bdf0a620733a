package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/**
 * The conference took place from {@code startDate} to {@code endDate} as it actually happened,
 * with {@code participants} taking part, {@code foreignParticipants} of them from abroad. Its
 * report is due on {@code reportDueDate}.
 */
public record ConferenceHeld(ConferenceId id, LocalDate startDate, LocalDate endDate, int participants,
                             int foreignParticipants, LocalDate reportDueDate) implements ConferenceEvent {
}
