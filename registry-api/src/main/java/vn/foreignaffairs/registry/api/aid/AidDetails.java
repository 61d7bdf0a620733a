package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;
import java.util.List;

/**
 * What the receiving agency proposes: the form and field of the aid, who gives it, where it goes
 * (districts, huyện), how much is committed, and when it is to run. {@code plannedEndDate} may
 * be left out for non-project aid. Adjustments change the commitment, the end date and the
 * districts; the rest stays as approved.
 */
public record AidDetails(
        AidKind kind,
        String title,
        String description,
        DonorId donor,
        AidSector sector,
        List<String> districts,
        AidAmount committed,
        LocalDate plannedStartDate,
        LocalDate plannedEndDate) {

    public AidDetails {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }
}
