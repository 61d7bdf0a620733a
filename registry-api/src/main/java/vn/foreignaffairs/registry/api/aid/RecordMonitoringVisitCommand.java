package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMonitoringVisitCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                                           MonitoringVisit visit) {
}
