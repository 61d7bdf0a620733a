package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordAidDisbursementCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                                           Disbursement disbursement) {
}
