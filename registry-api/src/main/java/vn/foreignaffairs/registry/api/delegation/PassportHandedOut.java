package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/** A member's passport given out for the trip, against the decision numbered {@code decisionNumber}. */
public record PassportHandedOut(DelegationId id, String memberName, String passportNumber, PassportKind passportKind,
                                LocalDate handedOutOn, String decisionNumber) implements DelegationEvent {
}
