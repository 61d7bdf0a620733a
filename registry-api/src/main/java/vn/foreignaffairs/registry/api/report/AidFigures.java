package vn.foreignaffairs.registry.api.report;

import java.util.List;

/**
 * Foreign non-governmental aid received by the agencies in scope: committed (approved in the
 * period, not revoked) and disbursed (disbursements dated in the period), by sector, by donor and
 * in total, in each original currency and in dong.
 */
public record AidFigures(List<AidLine> bySector, List<AidLine> byDonor, AidLine total) {

    public AidFigures {
        bySector = bySector == null ? List.of() : List.copyOf(bySector);
        byDonor = byDonor == null ? List.of() : List.copyOf(byDonor);
    }
}
