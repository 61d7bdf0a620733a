package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/** Báo cáo kết quả hội nghị, hội thảo as filed: its results, and when and by whom. */
public record ConferenceReport(String results, LocalDate filedOn, String filedBy) {
}
