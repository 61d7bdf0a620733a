package vn.foreignaffairs.registry.api.plan;

import java.util.List;

/**
 * A plan as the read model holds it: the items in force (approved amendments applied), the
 * amendments with their outcome, and the off-plan slots used.
 */
public record AnnualPlanView(String id, String agency, int year, PlanStatus status, long version,
                             List<PlannedItem> items, PlanDecision decision, String returnReason,
                             List<AmendmentView> amendments, List<SlotUse> offPlanSlots) {

    public AnnualPlanView {
        items = items == null ? List.of() : List.copyOf(items);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        offPlanSlots = offPlanSlots == null ? List.of() : List.copyOf(offPlanSlots);
    }

    public record AmendmentView(String amendmentId, List<PlannedItem> addedItems, List<String> withdrawnItemIds,
                                String reason, String status, PlanDecision decision, String rejectionReason) {
    }

    /** A delegation holding one of the year's off-plan slots. */
    public record SlotUse(String delegationId, String attemptId) {
    }
}
