package vn.foreignaffairs.registry.api.delegation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One decision in a delegation's history. {@code reason} and the new dates are those of a
 * postponement (the dates null when none were fixed), or the reason given for an amendment.
 */
public record RecordedDecision(DecisionKind kind, Decision decision, String reason, LocalDate newDepartureDate,
                               LocalDate newReturnDate, String recordedBy, Instant recordedAt) {
}
