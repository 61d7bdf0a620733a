package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The signing body reports the signed agreement to the Prime Minister, with a copy to the Ministry. */
public record ReportAgreementSigningCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                            SigningReport report) {
}
