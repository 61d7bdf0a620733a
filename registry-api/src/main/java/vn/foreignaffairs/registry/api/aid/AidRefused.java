package vn.foreignaffairs.registry.api.aid;

public record AidRefused(AidProjectId id, String reason) implements AidProjectEvent {
}
