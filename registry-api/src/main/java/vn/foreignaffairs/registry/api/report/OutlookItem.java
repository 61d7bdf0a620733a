package vn.foreignaffairs.registry.api.report;

/**
 * One thing foreseen for next year: the agency it belongs to, the record or plan item
 * ({@code recordId}), what it is ({@code title}: the purpose of a planned delegation, the title of
 * a conference or agreement), the countries involved, when it is foreseen ({@code 2026-05} for a
 * planned month, {@code 2026-Q2} for a quarter, {@code 2026} for neither, the planned start day of
 * a conference, nothing for an agreement) and where it stands ({@code status}).
 */
public record OutlookItem(String agency, String recordId, String title, String countries, String when,
                          String status) {
}
