package vn.foreignaffairs.registry.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.PlannedItem;

/** What each planned item must say (DOMAIN.md "Annual plan"). */
final class PlannedItemRules {

    private PlannedItemRules() {
    }

    /** Checks the items and returns them; {@code existing} are item ids already in the plan. */
    static List<PlannedItem> check(List<PlannedItem> items, Set<String> existing, String field) {
        List<PlannedItem> checked = items == null ? List.of() : new ArrayList<>(items);
        Set<String> seen = new HashSet<>(existing);
        for (int i = 0; i < checked.size(); i++) {
            PlannedItem item = checked.get(i);
            String at = field + "[" + i + "]";
            if (item.itemId() == null || item.itemId().isBlank() || !seen.add(item.itemId())) {
                throw new RuleViolation(RefusalCode.DUPLICATE_ITEM, at + ".itemId",
                        "Each planned item needs its own id within the plan.");
            }
            if (item.direction() == null) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, at + ".direction", "Outbound or inbound?");
            }
            boolean where = item.direction() == Direction.OUTBOUND ? item.countryCode() != null
                    : item.foreignParty() != null || item.countryCode() != null;
            if (!where) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, at + ".countryCode",
                        "Say the destination country, or the foreign party received.");
            }
            if (item.plannedQuarter() == null && item.plannedMonth() == null) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, at + ".plannedQuarter",
                        "Say the planned quarter or month.");
            }
            if (item.size() < 1) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, at + ".size", "A delegation has at least one person.");
            }
        }
        return List.copyOf(checked);
    }
}
