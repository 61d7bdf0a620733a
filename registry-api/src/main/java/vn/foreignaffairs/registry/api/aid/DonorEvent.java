package vn.foreignaffairs.registry.api.aid;

/** The facts of a donor's record, closed so a switch over them is checked. */
public sealed interface DonorEvent permits DonorRegistered, DonorPermitRecorded {

    DonorId id();
}
