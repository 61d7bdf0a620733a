package vn.foreignaffairs.registry.aid;

import java.math.BigDecimal;
import java.util.Currency;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * What every amount of aid must carry so that totals never mix currencies: a positive amount in
 * an ISO 4217 currency, with no more decimals than that currency has, the dong rate used (1 for
 * an amount in dong) and the date of that rate.
 */
final class AidAmountRules {

    private AidAmountRules() {
    }

    /** {@code prefix} is where the amount sits in the request ("" when its fields are at the top). */
    static void check(AidAmount amount, String prefix) {
        if (amount == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, prefix.isEmpty() ? "amount" : prefix,
                    "Give the amount, its currency, the dong rate used and the date of that rate.");
        }
        if (amount.amount() == null || amount.amount().signum() <= 0) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, field(prefix, "amount"),
                    "An amount is more than zero.");
        }
        Currency currency = currencyOf(amount.currency(), field(prefix, "currency"));
        int decimals = currency.getDefaultFractionDigits();
        if (decimals >= 0 && Math.max(0, amount.amount().stripTrailingZeros().scale()) > decimals) {
            throw new RuleViolation(RefusalCode.INVALID_CURRENCY, field(prefix, "amount"),
                    amount.currency() + " has " + decimals + " decimal places; " + amount.amount().toPlainString()
                            + " has more.");
        }
        if (amount.vndRate() == null || amount.vndRate().signum() <= 0) {
            throw new RuleViolation(RefusalCode.INVALID_VND_RATE, field(prefix, "vndRate"),
                    "Give the dong rate used to convert the amount: dong for one " + amount.currency() + ".");
        }
        if (AidAmount.VND.equals(amount.currency()) && amount.vndRate().compareTo(BigDecimal.ONE) != 0) {
            throw new RuleViolation(RefusalCode.INVALID_VND_RATE, field(prefix, "vndRate"),
                    "An amount in dong is converted at the rate 1.");
        }
        if (amount.rateDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, field(prefix, "rateDate"),
                    "Give the date of the dong rate used.");
        }
    }

    private static Currency currencyOf(String code, String field) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new RuleViolation(RefusalCode.INVALID_CURRENCY, field,
                    "A currency is its three-letter ISO 4217 code, such as USD, EUR or VND.");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(RefusalCode.INVALID_CURRENCY, field, code + " is not an ISO 4217 currency.");
        }
    }

    static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
