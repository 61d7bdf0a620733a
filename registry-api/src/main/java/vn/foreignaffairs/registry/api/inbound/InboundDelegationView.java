package vn.foreignaffairs.registry.api.inbound;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inbound delegation as the read model holds it. {@code version} counts the events recorded
 * for it, so it is 1 after creation and grows by one with every change. {@code year} is the year
 * of the planned arrival. The {@code actual} dates are those recorded once the visit was held;
 * {@code results} is the report filed after it.
 */
public record InboundDelegationView(
        String id,
        String hostAgency,
        int year,
        InboundDelegationStatus status,
        long version,
        InboundDelegationDetails details,
        ApprovalDecision decision,
        String rejectionReason,
        String cancellationReason,
        LocalDate actualArrivalDate,
        LocalDate actualDepartureDate,
        String results,
        Instant reportedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
