package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The organiser files its application (hồ sơ xin phép) on {@code submittedOn}, naming the bodies
 * to consult. The sender fixes the day and the numbers from the policies in force for the
 * organiser: the lead time ordinarily and when the Prime Minister permits, and the days the
 * consulted bodies have to answer. The aggregate applies the one its own details call for.
 */
public record SubmitConferenceApplicationCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                                 LocalDate submittedOn, List<String> consultedAgencies,
                                                 long leadDays, long primeMinisterLeadDays, long consultationDays) {

    public SubmitConferenceApplicationCommand {
        consultedAgencies = consultedAgencies == null ? List.of() : List.copyOf(consultedAgencies);
    }
}
