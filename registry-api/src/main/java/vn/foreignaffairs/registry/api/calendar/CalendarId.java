package vn.foreignaffairs.registry.api.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The holiday calendar of one country, e.g. {@code CALENDAR@JP}. Prefixed because aggregate ids
 * share one event store: the calendar of Canada must not collide with the agency {@code CA}.
 */
public record CalendarId(@JsonValue String value) {

    private static final String PREFIX = "CALENDAR@";

    @JsonCreator
    public CalendarId {
        Objects.requireNonNull(value, "calendar id");
    }

    public static CalendarId of(String country) {
        return new CalendarId(PREFIX + country);
    }

    public String country() {
        return value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
