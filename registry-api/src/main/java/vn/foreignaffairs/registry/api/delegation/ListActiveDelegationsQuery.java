package vn.foreignaffairs.registry.api.delegation;

/**
 * Answered with every delegation, of any agency, departing in the years {@code fromYear} to
 * {@code toYear} that is neither cancelled nor rejected: those a new trip may be merged with.
 */
public record ListActiveDelegationsQuery(int fromYear, int toYear) {
}
