package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** Money the receiving agency paid out for the aid (giải ngân): to whom and what for. */
public record Disbursement(LocalDate disbursedOn, AidAmount amount, String recipient, String purpose) {
}
