package vn.foreignaffairs.registry.api.aid;

public record DonorPermitRecorded(DonorId id, DonorPermit permit) implements DonorEvent {
}
