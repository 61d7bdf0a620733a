package vn.foreignaffairs.registry.api.delegation;

/** A country (ISO 3166-1 alpha-2) and city the delegation visits. */
public record Destination(String countryCode, String city) {
}
