package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/**
 * One passport handed out for the trip, against a decision. {@code dueDate} is fixed when the
 * delegation returns, for passports still out then.
 */
public record PassportHandout(String memberName, String passportNumber, PassportKind passportKind,
                              String decisionNumber, LocalDate handedOutOn, String handedOutBy, LocalDate dueDate,
                              PassportStatus status, LocalDate handedBackOn, String handedBackBy) {
}
