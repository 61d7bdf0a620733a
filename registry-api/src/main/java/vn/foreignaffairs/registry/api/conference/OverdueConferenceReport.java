package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

public record OverdueConferenceReport(String conferenceId, String organiser, String title, LocalDate endedOn,
                                      LocalDate reportDueDate, long daysOverdue) {
}
