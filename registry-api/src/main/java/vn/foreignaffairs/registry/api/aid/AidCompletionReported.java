package vn.foreignaffairs.registry.api.aid;

public record AidCompletionReported(AidProjectId id, CompletionReport report) implements AidProjectEvent {
}
