package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/**
 * A donor's registration or permit in Vietnam: which paper, its number, who issued it and the
 * days it is valid on ({@code issuedOn} to {@code validUntil}, both included).
 */
public record DonorPermit(PermitKind kind, String number, String issuedBy, LocalDate issuedOn, LocalDate validUntil) {

    /** Whether the permit covers {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }
}
