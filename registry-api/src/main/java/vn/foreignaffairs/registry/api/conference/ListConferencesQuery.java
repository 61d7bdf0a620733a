package vn.foreignaffairs.registry.api.conference;

import java.util.List;

/**
 * Answered with a {@link ConferencePage}, newest first. Null filters match everything;
 * {@code organisers} are the codes of one organiser's lineage (itself and the agencies merged
 * into it), {@code year} the year of the planned start. {@code draftsOnlyOfAgency}, when set,
 * hides every other agency's drafts (officers see only their own agency's drafts).
 */
public record ListConferencesQuery(List<String> organisers, Integer year, ConferenceStatus status,
                                   Boolean foreignFunded, String draftsOnlyOfAgency, int page, int size) {

    public ListConferencesQuery {
        organisers = organisers == null ? null : List.copyOf(organisers);
    }
}
