package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** Money or goods the receiving agency received from the donor (tiếp nhận viện trợ), with its voucher reference. */
public record Receipt(LocalDate receivedOn, AidAmount amount, String reference) {
}
