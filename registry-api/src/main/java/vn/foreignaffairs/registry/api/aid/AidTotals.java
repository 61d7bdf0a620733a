package vn.foreignaffairs.registry.api.aid;

import java.util.List;

/**
 * Aid totals by one grouping, with the overall totals in {@code total}. {@code overlapping} is
 * true when one aid may count in several groups (districts), so the groups do not add up to the
 * total.
 */
public record AidTotals(AidGrouping groupBy, Integer year, boolean overlapping, List<AidTotalsRow> groups,
                        AidTotalsRow total) {
}
