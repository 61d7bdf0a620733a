package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/** A signing body that owes a plan for a year: how many agreements it carries out, and when it first submitted (or null). */
public record ImplementationPlanDuty(String signingBody, long agreementsToImplement, LocalDate firstSubmittedOn) {
}
