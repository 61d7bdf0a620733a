package vn.foreignaffairs.registry.api.report;

/**
 * International conferences and seminars organised in scope and held in the period:
 * {@code held}, of which {@code reported}; {@code reportsOverdue} those held whose report was
 * due before the report's day and not filed.
 */
public record ConferenceFigures(int held, int reported, int reportsOverdue) {
}
