package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * Answered with {@link OverdueSigningReports}: agreements whose report to the Prime Minister was
 * due before {@code asOf} and had not been sent by then. A null signing body means every one.
 */
public record ListOverdueSigningReportsQuery(String signingBody, LocalDate asOf) {
}
