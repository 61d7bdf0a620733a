package vn.foreignaffairs.registry.api.report;

import java.util.List;

/**
 * The annual report's look at next year, {@code year} (Kon Tum 2025, V.1: "dự kiến đoàn ra, đoàn
 * vào, hội nghị, hội thảo quốc tế, ký kết thỏa thuận quốc tế năm 2026"), as the registers stand
 * when the report is computed: the outbound and inbound items of next year's approved annual
 * plans, the conferences planned to start next year that were not refused or cancelled, and the
 * agreements proposed, under consultation or approved and not yet signed.
 */
public record NextYearOutlook(int year, List<OutlookItem> outbound, List<OutlookItem> inbound,
                              List<OutlookItem> conferences, List<OutlookItem> agreements) {

    public NextYearOutlook {
        outbound = outbound == null ? List.of() : List.copyOf(outbound);
        inbound = inbound == null ? List.of() : List.copyOf(inbound);
        conferences = conferences == null ? List.of() : List.copyOf(conferences);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }
}
