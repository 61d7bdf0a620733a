package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A decision of the competent authority (chấm dứt hiệu lực), with its reason. */
public record TerminateAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                        AgreementDecision decision, String reason) {
}
