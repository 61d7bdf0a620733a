package vn.foreignaffairs.registry.api.delegation;

import java.util.Set;

/**
 * Answered with every delegation, of any agency, departing in the years {@code fromYear} to
 * {@code toYear} to one of {@code countries} (ISO codes) that is neither cancelled nor rejected:
 * those a new trip may be merged with, which are only those sharing a destination with it.
 */
public record ListActiveDelegationsQuery(int fromYear, int toYear, Set<String> countries) {

    public ListActiveDelegationsQuery {
        countries = Set.copyOf(countries);
    }
}
