package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The competent authority approves signing the agreement. {@code overrideReason} is needed when
 * a consulted body disagreed.
 */
public record ApproveAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                      AgreementDecision decision, String overrideReason) {
}
