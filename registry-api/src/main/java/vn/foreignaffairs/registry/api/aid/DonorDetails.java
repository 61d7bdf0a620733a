package vn.foreignaffairs.registry.api.aid;

/**
 * What the registry knows of a donor when it is registered: its name as it signs, what kind of
 * body it is, its home country (ISO 3166-1 alpha-2) and, when it has one, its registration or
 * permit in Vietnam.
 */
public record DonorDetails(String name, DonorKind kind, String countryCode, DonorPermit permit) {
}
