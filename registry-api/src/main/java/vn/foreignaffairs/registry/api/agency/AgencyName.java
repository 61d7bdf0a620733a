package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;

/**
 * A name an agency bore, and when. {@code from} is null for the name it was registered with
 * (borne since before the registry knew it); {@code until} is null for the name it bears now,
 * or bore last when it was merged or dissolved.
 */
public record AgencyName(String name, String nameEn, LocalDate from, LocalDate until) {
}
