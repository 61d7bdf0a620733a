package vn.foreignaffairs.registry.api.inbound;

import java.time.LocalDate;

/** One day of the programme (chương trình làm việc): what the guests do, and where. */
public record ProgrammeDay(LocalDate date, String content, String place) {
}
