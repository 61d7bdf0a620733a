package vn.foreignaffairs.registry.api.plan;

import java.util.List;

public record PlanAmendmentProposed(AnnualPlanId id, String amendmentId, List<PlannedItem> addedItems,
                                    List<String> withdrawnItemIds, String reason) implements AnnualPlanEvent {
}
