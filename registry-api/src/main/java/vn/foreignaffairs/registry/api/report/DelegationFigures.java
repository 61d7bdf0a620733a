package vn.foreignaffairs.registry.api.report;

/**
 * Outbound delegations in a period. {@code plannedItems}: outbound items of the approved annual
 * plans foreseen in the period (by planned month or quarter; items without either count in the
 * annual report only); {@code realisedItems}: those realised by an approved delegation departing
 * in the period. The delegation counts are of approved delegations (approved, postponed, departed,
 * returned, reported or closed) departing in the period: on-plan, off-plan using the quota, and
 * off-plan exempt (armed forces' tasks). {@code offPlanSlotsUsed} against {@code offPlanQuota}:
 * the year's off-plan slots taken and allowed. The overdue counts are as of the report's day.
 */
public record DelegationFigures(
        int plannedItems,
        int realisedItems,
        int onPlanDelegations,
        int offPlanDelegations,
        int exemptDelegations,
        int offPlanSlotsUsed,
        long offPlanQuota,
        int overduePostTripReports,
        int overduePassports) {
}
