package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordConsultationOpinionCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                               String agency, Opinion opinion, String note) {
}
