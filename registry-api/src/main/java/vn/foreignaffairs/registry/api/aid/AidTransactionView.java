package vn.foreignaffairs.registry.api.aid;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One receipt or disbursement as recorded: the amount in its currency, the dong rate used and its
 * date, and the amount in dong at that rate. {@code reference} is a receipt's voucher;
 * {@code recipient} and {@code purpose} belong to a disbursement.
 */
public record AidTransactionView(
        AidTransactionType type,
        LocalDate date,
        BigDecimal amount,
        String currency,
        BigDecimal vndRate,
        LocalDate rateDate,
        BigDecimal vndAmount,
        String reference,
        String recipient,
        String purpose) {
}
