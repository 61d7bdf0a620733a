package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/**
 * Answered with {@link OverdueConferenceReports}: conferences held whose report was due before
 * {@code asOf} and had not been filed by then. A null organiser means every organiser.
 */
public record ListOverdueConferenceReportsQuery(String organiser, LocalDate asOf) {
}
