package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The signed agreement entered into force (có hiệu lực) on {@code inForceFrom}. */
public record RecordAgreementEntryIntoForceCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                                   LocalDate inForceFrom) {
}
