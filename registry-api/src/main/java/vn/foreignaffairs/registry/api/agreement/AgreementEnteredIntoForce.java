package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * In force from {@code inForceFrom}; {@code lastDay} is the last day of its term, or null for an
 * agreement without a fixed term.
 */
public record AgreementEnteredIntoForce(AgreementId id, LocalDate inForceFrom, LocalDate lastDay) implements AgreementEvent {
}
