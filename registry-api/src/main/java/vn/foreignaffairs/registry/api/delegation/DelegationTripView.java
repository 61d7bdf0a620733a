package vn.foreignaffairs.registry.api.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a delegation from its decision on: every decision taken on it, the actual
 * departure and return, the post-trip report and its due date, and each passport handed out.
 * {@code version} is the delegation's version (the same as in {@link DelegationView}).
 */
public record DelegationTripView(
        String id,
        String agency,
        long version,
        List<RecordedDecision> decisions,
        LocalDate departedOn,
        LocalDate returnedOn,
        LocalDate reportDueDate,
        PostTripReport report,
        LocalDate passportsDueDate,
        List<PassportHandout> passports,
        Instant closedAt,
        Instant updatedAt) {

    public DelegationTripView {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        passports = passports == null ? List.of() : List.copyOf(passports);
    }
}
