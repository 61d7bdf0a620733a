package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * Answered with an {@link AgreementView} showing its status on {@code asOf}, or null when the
 * read model has no such agreement.
 */
public record FindAgreementQuery(AgreementId id, LocalDate asOf) {
}
