package vn.foreignaffairs.registry.api.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A signing body's annual implementation plan for its agreements, as last submitted. */
public record ImplementationPlanView(String id, String signingBody, int year, long version, int revision,
                                     List<PlannedAgreementActivity> activities, LocalDate firstSubmittedOn,
                                     LocalDate submittedOn, LocalDate due, boolean late, String submittedBy, Instant updatedAt) {
}
