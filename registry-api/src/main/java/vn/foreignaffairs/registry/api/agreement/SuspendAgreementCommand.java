package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A decision of the competent authority (tạm đình chỉ thực hiện), with its reason. */
public record SuspendAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                      AgreementDecision decision, String reason) {
}
