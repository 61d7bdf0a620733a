package vn.foreignaffairs.registry.api.inbound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The host agency reports the results of a visit that took place (báo cáo kết quả đón đoàn). */
public record FileInboundVisitReportCommand(@TargetAggregateIdentifier InboundDelegationId id, Long expectedVersion,
                                            String results) {
}
