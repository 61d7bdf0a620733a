package vn.foreignaffairs.registry.audit.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Times as the province reads them (Asia/Ho_Chi_Minh, UTC+7), whatever the server's own zone:
 * instants shown on the audit pages, and dates and times typed into their forms.
 */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private ProvinceTime() {
    }

    /** {@code 01/03/2027 09:00:00}; empty for no instant. */
    public static String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(ZONE));
    }

    public static LocalDate date(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalTime time(Instant instant) {
        return instant.atZone(ZONE).toLocalTime().withNano(0);
    }

    /** A date ({@code yyyy-MM-dd}, as a date field sends it), if the text is one. */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException | NullPointerException notADate) {
            return Optional.empty();
        }
    }

    /** A time of day ({@code HH:mm} or {@code HH:mm:ss}, as a time field sends it), if the text is one. */
    public static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip()));
        } catch (DateTimeException | NullPointerException notATime) {
            return Optional.empty();
        }
    }

    /** The instant a day begins in the province. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static Instant at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(ZONE).toInstant();
    }
}
