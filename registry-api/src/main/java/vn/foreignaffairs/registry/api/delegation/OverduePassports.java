package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import java.util.List;

/** Passports not handed back in time on {@code asOf}, by agency then due date; {@code agency} null for all. */
public record OverduePassports(LocalDate asOf, String agency, List<OverduePassport> items) {

    public OverduePassports {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
