package vn.foreignaffairs.registry.api.freeze;

import java.time.LocalDate;
import vn.foreignaffairs.registry.api.agency.AgencyKind;

public record FreezeView(String id, FreezeScope scope, LocalDate from, LocalDate until, String reason,
                         String legalBasis, LocalDate liftedOn, String liftReason, String declaredBy) {

    /** Whether approvals for this agency on this day fall under the freeze. */
    public boolean blocks(String agency, AgencyKind kind, LocalDate day) {
        LocalDate end = liftedOn != null && (until == null || liftedOn.isBefore(until)) ? liftedOn.minusDays(1) : until;
        return scope.covers(agency, kind) && !day.isBefore(from) && (end == null || !day.isAfter(end));
    }
}
