package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * Answered with an {@link AgreementPage}; statuses are those on {@code asOf}. Null filters match
 * everything. {@code signingBodies}: the agreement belongs to one of them now, or did before a
 * transfer.
 * {@code countryCode}: the foreign party's country. {@code expiringWithinDays}: in force or
 * suspended, and its last day falls from {@code asOf} to that many days later (sorted by last
 * day, soonest first). {@code withoutImplementationReportSince}: in force since that day or
 * earlier, and no implementation report made on or after it.
 */
public record ListAgreementsQuery(List<String> signingBodies, String countryCode, AgreementStatus status,
                                  Integer expiringWithinDays, LocalDate withoutImplementationReportSince,
                                  LocalDate asOf, int page, int size) {
}
