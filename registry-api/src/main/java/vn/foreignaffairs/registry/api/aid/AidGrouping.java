package vn.foreignaffairs.registry.api.aid;

/** How aid totals are grouped for leadership (DOMAIN.md: by donor, sector, district and year). */
public enum AidGrouping {
    DONOR,
    SECTOR,
    /** Aid in several districts counts in full in each of them, so district rows overlap. */
    DISTRICT,
    YEAR
}
