package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FileImplementationReportCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                              ImplementationReport report) {
}
