package vn.foreignaffairs.registry.api.aid;

/** Answered with a {@link DonorPage}, by name; null filters match everything. */
public record ListDonorsQuery(String countryCode, DonorKind kind, int page, int size) {
}
