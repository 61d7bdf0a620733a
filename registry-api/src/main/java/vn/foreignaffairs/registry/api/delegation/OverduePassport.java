package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

public record OverduePassport(String delegationId, String agency, String title, String memberName,
                              String passportNumber, PassportKind passportKind, LocalDate returnedOn,
                              LocalDate dueDate, long daysOverdue) {
}
