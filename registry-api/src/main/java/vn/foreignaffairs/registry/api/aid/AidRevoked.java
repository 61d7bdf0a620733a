package vn.foreignaffairs.registry.api.aid;

public record AidRevoked(AidProjectId id, AidDecision decision, String reason) implements AidProjectEvent {
}
