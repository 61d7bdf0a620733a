package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A decision of the competent authority (rút khỏi), with its reason. */
public record WithdrawFromAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                           AgreementDecision decision, String reason) {
}
