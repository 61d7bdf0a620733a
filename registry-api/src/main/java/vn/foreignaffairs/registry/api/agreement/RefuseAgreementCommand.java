package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RefuseAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                     String reason) {
}
