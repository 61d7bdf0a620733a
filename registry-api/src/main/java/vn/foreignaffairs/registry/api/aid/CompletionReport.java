package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** The final report on the aid (báo cáo kết thúc): when it ended, its results and the agency's evaluation. */
public record CompletionReport(LocalDate completedOn, String results, String evaluation) {
}
