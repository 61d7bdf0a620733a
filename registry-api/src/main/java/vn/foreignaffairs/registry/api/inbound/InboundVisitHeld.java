package vn.foreignaffairs.registry.api.inbound;

import java.time.LocalDate;

/** The visit took place, from {@code arrivalDate} to {@code departureDate} as it actually happened. */
public record InboundVisitHeld(InboundDelegationId id, LocalDate arrivalDate, LocalDate departureDate)
        implements InboundDelegationEvent {
}
