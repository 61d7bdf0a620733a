package vn.foreignaffairs.registry.api.agency;

public record AgencyView(String code, String name, String nameEn, AgencyKind kind) {
}
