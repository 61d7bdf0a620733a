package vn.foreignaffairs.registry.api.plan;

/** Answered with the plans of one year (status other than NONE), ordered by agency. */
public record ListAnnualPlansQuery(int year) {
}
