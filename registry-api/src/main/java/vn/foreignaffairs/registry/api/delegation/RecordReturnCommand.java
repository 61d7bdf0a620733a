package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Nhập cảnh: the day the delegation came back. The due dates that follow from it are worked out
 * by the sender from the policies in force for the agency (report: calendar days; passports:
 * working days), so the event records the deadlines as they were when the trip ended.
 */
public record RecordReturnCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                  LocalDate returnedOn, LocalDate reportDueDate, LocalDate passportsDueDate) {
}
