package vn.foreignaffairs.registry.api.plan;

/**
 * One delegation foreseen in an annual plan: where (destination country, or for inbound the
 * foreign party), why, when (a quarter or a month), how many people and at what cost.
 */
public record PlannedItem(String itemId, Direction direction, String countryCode, String foreignParty,
                          String purpose, Integer plannedQuarter, Integer plannedMonth, int size,
                          long estimatedCostVnd) {
}
