package vn.foreignaffairs.registry.api.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/** Creates the draft plan, or replaces the items of a draft (or of a plan returned for revision). */
public record DraftAnnualPlanCommand(@TargetAggregateIdentifier AnnualPlanId id, Long expectedVersion,
                                     AgencyCode agency, int year, List<PlannedItem> items) {
}
