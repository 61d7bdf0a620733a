package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hoãn: the trip will not leave as decided. The new dates are those the postponing decision
 * names, or both null when none are fixed yet.
 */
public record PostponeDelegationCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                        LocalDate newDepartureDate, LocalDate newReturnDate, String reason,
                                        Decision decision) {
}
