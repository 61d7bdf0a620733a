package vn.foreignaffairs.registry.api.inbound;

public record InboundVisitReportFiled(InboundDelegationId id, String results) implements InboundDelegationEvent {
}
