package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

public record OverdueReport(String delegationId, String agency, String title, LocalDate returnedOn,
                            LocalDate reportDueDate, long daysOverdue) {
}
