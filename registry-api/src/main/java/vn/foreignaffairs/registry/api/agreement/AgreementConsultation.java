package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * One body consulted on a proposed agreement: when it was asked, by when it must answer
 * (working days, Law 70/2020 art. 19), and its written opinion once received (the latest counts).
 */
public record AgreementConsultation(String agency, LocalDate requestedOn, LocalDate answerDue, Opinion opinion,
                                    String note, LocalDate answeredOn) {
}
