package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordAidReceiptCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                                      Receipt receipt) {
}
