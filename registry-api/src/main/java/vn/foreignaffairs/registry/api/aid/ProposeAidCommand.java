package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/**
 * The receiving agency proposes aid from a complete file received on {@code fileCompletedOn};
 * {@code appraisalDueDate} follows from the appraisal period in force (the sender fixes it).
 */
public record ProposeAidCommand(@TargetAggregateIdentifier AidProjectId id, AgencyCode receivingAgency,
                                AidDetails details, LocalDate fileCompletedOn, LocalDate appraisalDueDate) {
}
