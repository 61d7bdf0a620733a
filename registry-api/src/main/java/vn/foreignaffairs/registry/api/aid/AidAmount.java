package vn.foreignaffairs.registry.api.aid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * An amount of money as the registry records it: in its own currency (ISO 4217), with the
 * Vietnamese dong rate used to convert it and the date of that rate. Amounts in dong carry the
 * rate 1. Totals in dong add up {@link #inVnd()} of each amount, never amounts of different
 * currencies as they are.
 */
public record AidAmount(BigDecimal amount, String currency, BigDecimal vndRate, LocalDate rateDate) {

    public static final String VND = "VND";

    /** The amount in dong at the recorded rate, rounded to the dong (half up). */
    public BigDecimal inVnd() {
        return amount.multiply(vndRate).setScale(0, RoundingMode.HALF_UP);
    }
}
