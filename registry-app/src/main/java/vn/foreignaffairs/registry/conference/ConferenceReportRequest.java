package vn.foreignaffairs.registry.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The report after the conference (báo cáo kết quả, form 02): what it achieved and what follows from it. */
public record ConferenceReportRequest(@NotBlank @Size(max = 20_000) String results) {
}
