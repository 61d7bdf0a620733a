package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The written opinion of a consulted body, received on {@code answeredOn}. */
public record RecordAgreementOpinionCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                            String agency, Opinion opinion, String note, LocalDate answeredOn) {
}
