package vn.foreignaffairs.registry.api.plan;

import java.util.List;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/** The draft plan as it now stands (first draft or a revision of it). */
public record AnnualPlanDrafted(AnnualPlanId id, AgencyCode agency, int year, List<PlannedItem> items)
        implements AnnualPlanEvent {
}
