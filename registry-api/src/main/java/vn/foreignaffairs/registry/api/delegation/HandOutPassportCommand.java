package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member's official or diplomatic passport given to them for the trip, against the decision in force. */
public record HandOutPassportCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                     String memberName, String passportNumber, LocalDate handedOutOn) {
}
