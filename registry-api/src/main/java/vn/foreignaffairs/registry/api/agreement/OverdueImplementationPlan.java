package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/** A signing body whose implementation plan for a year is missing after its due date. */
public record OverdueImplementationPlan(String signingBody, int year, LocalDate due, long daysOverdue,
                                        long agreementsToImplement) {
}
