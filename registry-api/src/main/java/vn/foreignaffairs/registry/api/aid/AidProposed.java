package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record AidProposed(AidProjectId id, AgencyCode receivingAgency, AidDetails details, LocalDate fileCompletedOn,
                          LocalDate appraisalDueDate) implements AidProjectEvent {
}
