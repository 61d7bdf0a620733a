package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/** The trip is put off by {@code decision}; the new dates are null when none were fixed. */
public record DelegationPostponed(DelegationId id, LocalDate newDepartureDate, LocalDate newReturnDate,
                                  String reason, Decision decision) implements DelegationEvent {
}
