package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The organiser records that the permitted conference took place, on the dates it actually did,
 * with the numbers who actually took part. The sender fixes {@code reportDueDays} from the policy
 * in force for the organiser; the report is due that many days after the conference closed.
 */
public record RecordConferenceHeldCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                          LocalDate startDate, LocalDate endDate, Integer participants,
                                          Integer foreignParticipants, long reportDueDays) {
}
