package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** A decision of the competent authority on aid (quyết định phê duyệt, điều chỉnh, thu hồi): number, date, approver. */
public record AidDecision(String number, LocalDate date, String approver) {
}
