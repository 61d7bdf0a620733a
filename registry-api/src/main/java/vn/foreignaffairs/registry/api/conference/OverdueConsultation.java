package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/** A consulted body that had not answered a conference application by its due date. */
public record OverdueConsultation(String conferenceId, String organiser, String title, String consultedAgency,
                                  LocalDate requestedOn, LocalDate dueDate, long daysOverdue) {
}
