package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/** Báo cáo kết quả chuyến đi as filed: results, evaluation, and when and by whom. */
public record PostTripReport(String results, String evaluation, LocalDate filedOn, String filedBy) {
}
