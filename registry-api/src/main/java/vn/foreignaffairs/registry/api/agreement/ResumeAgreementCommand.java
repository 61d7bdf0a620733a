package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The competent authority lifts a suspension (tiếp tục thực hiện). */
public record ResumeAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                     AgreementDecision decision) {
}
