package vn.foreignaffairs.registry.api.aid;

public record AidDisbursementRecorded(AidProjectId id, Disbursement disbursement) implements AidProjectEvent {
}
