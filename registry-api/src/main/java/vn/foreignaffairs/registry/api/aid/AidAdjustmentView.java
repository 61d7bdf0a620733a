package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;
import java.util.List;

/** One adjustment with what it changed: each {@code previous…} and new value is null when that item stayed as it was. */
public record AidAdjustmentView(
        AidDecision decision,
        String reason,
        AidAmount previousCommitted,
        AidAmount committed,
        LocalDate previousPlannedEndDate,
        LocalDate plannedEndDate,
        List<String> previousDistricts,
        List<String> districts) {
}
