package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * The signing bodies that owe an implementation plan for {@code year}: those with agreements
 * signed or in force that year, with the day each first submitted its plan if it had by
 * {@code asOf}. One body when {@code signingBody} is set.
 */
public record ListImplementationPlanDutiesQuery(String signingBody, int year, LocalDate asOf) {
}
