package vn.foreignaffairs.registry.api.plan;

/** The facts of an agency's annual plan and of its off-plan quota. */
public sealed interface AnnualPlanEvent
        permits AnnualPlanDrafted, AnnualPlanSubmitted, AnnualPlanApproved, AnnualPlanReturned,
        PlanAmendmentProposed, PlanAmendmentApproved, PlanAmendmentRejected,
        OffPlanSlotTaken, OffPlanSlotRefused, OffPlanSlotReleased {

    AnnualPlanId id();
}
