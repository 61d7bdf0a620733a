package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import java.util.List;

/** Overdue post-trip reports on {@code asOf}, by agency then due date; {@code agency} null for all. */
public record OverdueReports(LocalDate asOf, String agency, List<OverdueReport> items) {

    public OverdueReports {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
