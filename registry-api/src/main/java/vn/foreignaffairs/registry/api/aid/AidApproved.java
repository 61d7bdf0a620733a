package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** {@code overrideReason} is set when the approval went against an unfavourable appraisal. */
public record AidApproved(AidProjectId id, AidDecision decision, String overrideReason, LocalDate startDeadline)
        implements AidProjectEvent {
}
