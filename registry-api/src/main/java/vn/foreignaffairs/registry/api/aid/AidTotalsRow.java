package vn.foreignaffairs.registry.api.aid;

import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of one group: how many aid records contribute, and what was committed, received and
 * disbursed, in each original currency and in dong at the recorded rates.
 */
public record AidTotalsRow(
        String key,
        String label,
        int aidCount,
        List<CurrencyAmount> committed,
        BigDecimal committedVnd,
        List<CurrencyAmount> received,
        BigDecimal receivedVnd,
        List<CurrencyAmount> disbursed,
        BigDecimal disbursedVnd) {
}
