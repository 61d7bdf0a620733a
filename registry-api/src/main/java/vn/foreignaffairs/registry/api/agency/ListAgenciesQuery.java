package vn.foreignaffairs.registry.api.agency;

/** Answered with every registered agency, ordered by code. */
public record ListAgenciesQuery() {
}
