package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The proposal is sent to {@code agencies} for their written opinions on {@code requestedOn}.
 * {@code answerDue} is worked out by the sender from the working days in force for the signing
 * body (Law 70/2020 art. 19), so the event records the deadline as it was when asked.
 */
public record SendAgreementForConsultationCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                                  List<String> agencies, LocalDate requestedOn,
                                                  LocalDate answerDue) {
}
