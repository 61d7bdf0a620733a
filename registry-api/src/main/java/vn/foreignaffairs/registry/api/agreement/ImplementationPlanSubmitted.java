package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/** A signing body submitted (revision 1) or revised its annual implementation plan for agreements. */
public record ImplementationPlanSubmitted(ImplementationPlanId id, AgencyCode signingBody, int year, int revision,
                                          List<PlannedAgreementActivity> activities, LocalDate submittedOn,
                                          LocalDate due, boolean late) {
}
