package vn.foreignaffairs.registry.api.calendar;

/** What a day in a country's calendar is to the registry. */
public enum HolidayKind {
    /** A public holiday (ngày nghỉ lễ): offices are closed, so it is not a working day. */
    PUBLIC_HOLIDAY,
    /**
     * A period when partners are away though it is not a public holiday: a school, winter or
     * summer break, a customary holiday season (nghỉ đông, nghỉ hè). Trips should avoid it; it
     * does not change working days.
     */
    BREAK,
    /** A Saturday or Sunday officially worked in exchange for a day off next to a holiday (làm bù). */
    WORKING_DAY
}
