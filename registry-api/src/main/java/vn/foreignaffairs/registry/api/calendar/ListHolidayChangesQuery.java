package vn.foreignaffairs.registry.api.calendar;

/** Answered with every change an administrator made to one country's calendar, latest per day and kind. */
public record ListHolidayChangesQuery(String country) {
}
