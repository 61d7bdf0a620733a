package vn.foreignaffairs.registry.api.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A conference as the read model holds it. {@code version} counts the events recorded for it, so
 * it is 1 after creation and grows by one with every change. {@code year} is the year of the
 * planned start. From submission on: the day the application was filed, the lead time that
 * applied and whether it came late, the consulted bodies with their answers and the day they were
 * due. {@code overrideReason} is the approver's reason for permitting a late application or over a
 * disagreement. The {@code actual} dates and numbers are those recorded once it was held.
 */
public record ConferenceView(
        String id,
        String organiser,
        int year,
        ConferenceStatus status,
        long version,
        ConferenceDetails details,
        LocalDate submittedOn,
        Long requiredLeadDays,
        Boolean lateApplication,
        LocalDate consultationDueDate,
        List<ConsultedAgency> consultations,
        LocalDate consultationEndedOn,
        PermitDecision decision,
        String overrideReason,
        String refusalReason,
        String cancellationReason,
        LocalDate actualStartDate,
        LocalDate actualEndDate,
        Integer actualParticipants,
        Integer actualForeignParticipants,
        LocalDate reportDueDate,
        ConferenceReport report,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public ConferenceView {
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
    }
}
