package vn.foreignaffairs.registry.api.delegation;

public record PostTripReportFiled(DelegationId id, String results, String evaluation) implements DelegationEvent {
}
