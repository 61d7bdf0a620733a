package vn.foreignaffairs.registry.api.agency;

/** Answered with an {@link AgencyView}, or null when no such agency is registered. */
public record FindAgencyQuery(AgencyCode code) {
}
