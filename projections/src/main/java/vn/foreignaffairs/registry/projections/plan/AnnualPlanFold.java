package vn.foreignaffairs.registry.projections.plan;

import java.util.ArrayList;
import java.util.List;
import vn.foreignaffairs.registry.api.plan.AnnualPlanApproved;
import vn.foreignaffairs.registry.api.plan.AnnualPlanDrafted;
import vn.foreignaffairs.registry.api.plan.AnnualPlanEvent;
import vn.foreignaffairs.registry.api.plan.AnnualPlanReturned;
import vn.foreignaffairs.registry.api.plan.AnnualPlanSubmitted;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView.AmendmentView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView.SlotUse;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotRefused;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotReleased;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotTaken;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentApproved;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentProposed;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentRejected;
import vn.foreignaffairs.registry.api.plan.PlanDecision;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.api.plan.PlannedItem;

/** The read model of a plan, folded from its events: a pure function of the view before and the event. */
final class AnnualPlanFold {

    private AnnualPlanFold() {
    }

    static AnnualPlanView empty(String id, String agency, int year) {
        return new AnnualPlanView(id, agency, year, PlanStatus.NONE, 0, List.of(), null, null, List.of(), List.of());
    }

    static AnnualPlanView apply(AnnualPlanView plan, AnnualPlanEvent event, long version) {
        AnnualPlanView next;
        if (event instanceof AnnualPlanDrafted drafted) {
            next = with(plan, PlanStatus.DRAFT, drafted.items(), plan.decision(), null, plan.amendments(),
                    plan.offPlanSlots());
        } else if (event instanceof AnnualPlanSubmitted) {
            next = with(plan, PlanStatus.SUBMITTED, plan.items(), plan.decision(), plan.returnReason(),
                    plan.amendments(), plan.offPlanSlots());
        } else if (event instanceof AnnualPlanApproved approved) {
            next = with(plan, PlanStatus.APPROVED, plan.items(), approved.decision(), null, plan.amendments(),
                    plan.offPlanSlots());
        } else if (event instanceof AnnualPlanReturned returned) {
            next = with(plan, PlanStatus.DRAFT, plan.items(), plan.decision(), returned.reason(), plan.amendments(),
                    plan.offPlanSlots());
        } else if (event instanceof PlanAmendmentProposed proposed) {
            next = with(plan, plan.status(), plan.items(), plan.decision(), plan.returnReason(),
                    append(plan.amendments(), new AmendmentView(proposed.amendmentId(), proposed.addedItems(),
                            proposed.withdrawnItemIds(), proposed.reason(), "PROPOSED", null, null)),
                    plan.offPlanSlots());
        } else if (event instanceof PlanAmendmentApproved approved) {
            next = amend(plan, approved);
        } else if (event instanceof PlanAmendmentRejected rejected) {
            next = with(plan, plan.status(), plan.items(), plan.decision(), plan.returnReason(),
                    plan.amendments().stream().map(amendment -> amendment.amendmentId().equals(rejected.amendmentId())
                            ? new AmendmentView(amendment.amendmentId(), amendment.addedItems(),
                            amendment.withdrawnItemIds(), amendment.reason(), "REJECTED", null, rejected.reason())
                            : amendment).toList(), plan.offPlanSlots());
        } else if (event instanceof OffPlanSlotTaken taken) {
            next = with(plan, plan.status(), plan.items(), plan.decision(), plan.returnReason(), plan.amendments(),
                    append(plan.offPlanSlots(), new SlotUse(taken.delegation().value(), taken.attemptId())));
        } else if (event instanceof OffPlanSlotReleased released) {
            next = with(plan, plan.status(), plan.items(), plan.decision(), plan.returnReason(), plan.amendments(),
                    plan.offPlanSlots().stream()
                            .filter(slot -> !slot.delegationId().equals(released.delegation().value())).toList());
        } else if (event instanceof OffPlanSlotRefused) {
            next = plan;
        } else {
            throw new IllegalArgumentException("Unknown plan event " + event.getClass().getSimpleName());
        }
        return new AnnualPlanView(next.id(), next.agency(), next.year(), next.status(), version, next.items(),
                next.decision(), next.returnReason(), next.amendments(), next.offPlanSlots());
    }

    private static AnnualPlanView amend(AnnualPlanView plan, PlanAmendmentApproved approved) {
        List<PlannedItem> items = new ArrayList<>(plan.items());
        List<AmendmentView> amendments = new ArrayList<>();
        for (AmendmentView amendment : plan.amendments()) {
            if (!amendment.amendmentId().equals(approved.amendmentId())) {
                amendments.add(amendment);
                continue;
            }
            items.removeIf(item -> amendment.withdrawnItemIds().contains(item.itemId()));
            items.addAll(amendment.addedItems());
            amendments.add(new AmendmentView(amendment.amendmentId(), amendment.addedItems(),
                    amendment.withdrawnItemIds(), amendment.reason(), "APPROVED", approved.decision(), null));
        }
        return with(plan, plan.status(), items, plan.decision(), plan.returnReason(), amendments, plan.offPlanSlots());
    }

    private static AnnualPlanView with(AnnualPlanView plan, PlanStatus status, List<PlannedItem> items,
                                       PlanDecision decision, String returnReason,
                                       List<AmendmentView> amendments, List<SlotUse> slots) {
        return new AnnualPlanView(plan.id(), plan.agency(), plan.year(), status, plan.version(), items, decision,
                returnReason, amendments, slots);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }
}
