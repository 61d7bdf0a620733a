package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/**
 * The agreement passes to another signing body by {@code decision}: those of a dissolved district
 * People's Committee pass to the provincial People's Committee (Decree 177/2025).
 */
public record TransferAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                       AgencyCode toSigningBody, AgreementDecision decision) {
}
