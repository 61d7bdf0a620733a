package vn.foreignaffairs.registry.api.inbound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The host agency records that the approved visit took place, with the dates it actually did. */
public record RecordInboundVisitHeldCommand(@TargetAggregateIdentifier InboundDelegationId id, Long expectedVersion,
                                            LocalDate arrivalDate, LocalDate departureDate) {
}
