package vn.foreignaffairs.registry.api.aid;

public record AidAppraised(AidProjectId id, Appraisal appraisal) implements AidProjectEvent {
}
