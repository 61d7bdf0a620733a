package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Xuất cảnh: the day the delegation actually left the country. */
public record RecordDepartureCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                     LocalDate departedOn) {
}
