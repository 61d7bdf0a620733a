package vn.foreignaffairs.registry.api.delegation;

import java.time.Instant;
import java.util.List;

/**
 * An outbound delegation as the read model holds it. {@code version} counts the events recorded
 * for it, so it is 1 after creation and grows by one with every change.
 */
public record DelegationView(
        String id,
        String agency,
        int year,
        DelegationStatus status,
        long version,
        DelegationDetails details,
        Decision decision,
        String rejectionReason,
        String cancellationReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        List<ConsultationOpinion> consultations,
        String overrideReason) {

    public DelegationView {
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
    }
}
