package vn.foreignaffairs.registry.inbound;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The report after the visit (báo cáo kết quả): what it achieved and what follows from it. */
public record VisitReportRequest(@NotBlank @Size(max = 20_000) String results) {
}
