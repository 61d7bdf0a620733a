package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;

/** Reports of signed agreements overdue on {@code asOf}, by due date; {@code signingBody} null for all. */
public record OverdueSigningReports(LocalDate asOf, String signingBody, List<OverdueSigningReport> items) {

    public OverdueSigningReports {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
