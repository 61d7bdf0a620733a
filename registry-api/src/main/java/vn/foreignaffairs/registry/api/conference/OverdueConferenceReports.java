package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;
import java.util.List;

/** Overdue conference reports on {@code asOf}, by organiser then due date; {@code organiser} null for all. */
public record OverdueConferenceReports(LocalDate asOf, String organiser, List<OverdueConferenceReport> items) {

    public OverdueConferenceReports {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
