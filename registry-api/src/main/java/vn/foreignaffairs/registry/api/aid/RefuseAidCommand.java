package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RefuseAidCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion, String reason) {
}
