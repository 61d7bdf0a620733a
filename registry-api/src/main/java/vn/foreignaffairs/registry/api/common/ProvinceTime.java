package vn.foreignaffairs.registry.api.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The province's calendar: days, deadlines and "today" are counted in Vietnam's time zone,
 * whatever zone the server runs in.
 */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day in the province on which {@code instant} fell. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
