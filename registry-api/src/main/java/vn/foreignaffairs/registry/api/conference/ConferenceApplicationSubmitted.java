package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;
import java.util.List;

/**
 * The organiser filed its application on {@code submittedOn}, and it went to the consulted bodies,
 * who answer by {@code consultationDueDate}. {@code requiredLeadDays} is the lead time that applied
 * (30 days, or 40 when the Prime Minister permits, as the policies then stood); {@code late} says
 * the application came fewer days than that before the conference starts, so that only a permit
 * with an override reason can follow.
 */
public record ConferenceApplicationSubmitted(ConferenceId id, LocalDate submittedOn, long requiredLeadDays,
                                             boolean late, List<String> consultedAgencies,
                                             LocalDate consultationDueDate) implements ConferenceEvent {

    public ConferenceApplicationSubmitted {
        consultedAgencies = consultedAgencies == null ? List.of() : List.copyOf(consultedAgencies);
    }
}
