package vn.foreignaffairs.registry.api.delegation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Báo cáo kết quả chuyến đi: what the trip achieved and how the agency evaluates it. */
public record FilePostTripReportCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                        String results, String evaluation) {
}
