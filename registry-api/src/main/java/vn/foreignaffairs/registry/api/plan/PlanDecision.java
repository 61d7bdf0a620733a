package vn.foreignaffairs.registry.api.plan;

import java.time.LocalDate;

/** The competent authority's decision approving a plan or an amendment. */
public record PlanDecision(String number, LocalDate date, String signer) {
}
