package vn.foreignaffairs.registry.api.delegation;

/** Answered with a {@link DelegationTripView}, or null when the read model has no such delegation. */
public record FindDelegationTripQuery(DelegationId id) {
}
