package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The competent authority extends the agreement (gia hạn) until {@code newLastDay}, its new last day in force. */
public record ExtendAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                     AgreementDecision decision, LocalDate newLastDay) {
}
