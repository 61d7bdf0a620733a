package vn.foreignaffairs.registry.api.aid;

public record DonorRegistered(DonorId id, DonorDetails details) implements DonorEvent {
}
