package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;

/** Consultations overdue on {@code asOf}, by answer due date; {@code agency} (the consulted one) null for all. */
public record OverdueConsultations(LocalDate asOf, String agency, List<OverdueConsultation> items) {

    public OverdueConsultations {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
