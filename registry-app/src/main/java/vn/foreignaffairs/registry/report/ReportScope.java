package vn.foreignaffairs.registry.report;

import java.util.List;

/**
 * Whose records a report counts: one agency with the agencies merged into it ({@code agencies}
 * its lineage), or the whole province ({@code agencies} null: every agency).
 */
public record ReportScope(String code, String name, List<String> agencies) {

    public static final String PROVINCE = "PROVINCE";

    public boolean isProvince() {
        return agencies == null;
    }

    public boolean covers(String agency) {
        return agencies == null || agencies.contains(agency);
    }

    /** The report's id: scope and period, e.g. {@code SKHDT:2025-H1} or {@code PROVINCE:2025}. */
    public String reportId(String period) {
        return code + ":" + period;
    }
}
