package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;

public record AgreementSentForConsultation(AgreementId id, List<String> agencies, LocalDate requestedOn,
                                           LocalDate answerDue) implements AgreementEvent {
}
