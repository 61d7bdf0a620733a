package vn.foreignaffairs.registry.api.report;

import java.math.BigDecimal;
import java.util.List;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;

/** One row of aid figures: how many aid records contribute and the sums per currency and in dong. */
public record AidLine(String key, String label, int aidCount, List<CurrencyAmount> committed,
                      BigDecimal committedVnd, List<CurrencyAmount> disbursed, BigDecimal disbursedVnd) {

    public AidLine {
        committed = committed == null ? List.of() : List.copyOf(committed);
        disbursed = disbursed == null ? List.of() : List.copyOf(disbursed);
    }
}
