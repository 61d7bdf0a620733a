package vn.foreignaffairs.registry.api.agency;

public record AgencyRegistered(AgencyCode code, String name, String nameEn, AgencyKind kind) implements AgencyEvent {
}
