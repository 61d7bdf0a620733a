package vn.foreignaffairs.registry.api.aid;

public record MonitoringVisitRecorded(AidProjectId id, MonitoringVisit visit) implements AidProjectEvent {
}
