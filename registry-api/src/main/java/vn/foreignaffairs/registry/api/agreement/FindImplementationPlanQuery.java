package vn.foreignaffairs.registry.api.agreement;

public record FindImplementationPlanQuery(String id) {
}
