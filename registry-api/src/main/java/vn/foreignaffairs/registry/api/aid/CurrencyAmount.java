package vn.foreignaffairs.registry.api.aid;

import java.math.BigDecimal;

/** A sum in one currency (ISO 4217), never mixed with another. */
public record CurrencyAmount(String currency, BigDecimal amount) {
}
