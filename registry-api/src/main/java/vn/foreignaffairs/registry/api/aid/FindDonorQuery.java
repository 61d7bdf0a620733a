package vn.foreignaffairs.registry.api.aid;

/** Answered with a {@link DonorView}, or null when the read model has no such donor. */
public record FindDonorQuery(DonorId id) {
}
