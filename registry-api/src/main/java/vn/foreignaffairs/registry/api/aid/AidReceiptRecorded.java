package vn.foreignaffairs.registry.api.aid;

public record AidReceiptRecorded(AidProjectId id, Receipt receipt) implements AidProjectEvent {
}
