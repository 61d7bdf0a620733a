package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/** A signed agreement not reported to the Prime Minister by its due date. */
public record OverdueSigningReport(String agreementId, String signingBody, String title, LocalDate signedOn,
                                   LocalDate reportDue, long daysOverdue) {
}
