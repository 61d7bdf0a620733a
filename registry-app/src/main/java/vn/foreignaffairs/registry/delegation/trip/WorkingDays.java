package vn.foreignaffairs.registry.delegation.trip;

import java.time.LocalDate;

/** Counts working days of the province's offices (DOMAIN.md: weekends and public holidays skipped). */
public interface WorkingDays {

    /**
     * The day on which {@code days} working days after {@code start} have passed: the start day
     * itself does not count, so 5 working days after a Friday is the next Friday when no
     * holiday falls between. 0 gives {@code start}.
     */
    LocalDate addWorkingDays(LocalDate start, int days);
}
