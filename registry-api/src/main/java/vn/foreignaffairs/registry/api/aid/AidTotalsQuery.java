package vn.foreignaffairs.registry.api.aid;

/**
 * Answered with {@link AidTotals}. Commitments count in the year of their approval decision, for
 * aid approved and not revoked; receipts and disbursements in the year of their date.
 * {@code year} null means every year.
 */
public record AidTotalsQuery(AidGrouping groupBy, Integer year) {
}
