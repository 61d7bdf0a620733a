package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/** A consulted body that had not answered by its due date. */
public record OverdueConsultation(String agreementId, String signingBody, String title, String agency,
                                  LocalDate requestedOn, LocalDate answerDue, long daysOverdue) {
}
