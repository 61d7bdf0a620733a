package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;
import java.util.List;

/** Overdue answers on {@code asOf}, by due date, organiser and consulted body. */
public record OverdueConsultations(LocalDate asOf, String organiser, String consultedAgency,
                                   List<OverdueConsultation> items) {

    public OverdueConsultations {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
