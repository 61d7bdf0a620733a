package vn.foreignaffairs.registry.api.delegation;

/** Answered with a {@link DelegationView}, or null when the read model has no such delegation. */
public record FindDelegationQuery(DelegationId id) {
}
