package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FileAidCompletionReportCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                                             CompletionReport report) {
}
