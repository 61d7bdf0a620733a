package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/** One day of the programme (chương trình làm việc): where the delegation works and on what. */
public record ProgrammeDay(LocalDate date, String place, String content) {
}
