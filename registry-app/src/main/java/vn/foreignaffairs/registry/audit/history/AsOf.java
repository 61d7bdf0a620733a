package vn.foreignaffairs.registry.audit.history;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The {@code ?asOf=} of a record GET: an ISO-8601 instant ({@code 2027-03-01T09:00:00Z}) or a
 * date-time with an offset ({@code 2027-03-01T16:00:00+07:00}). Spring binds it through
 * {@link #valueOf(String)}; a text that is neither is answered 400 with the field {@code asOf}.
 */
@Schema(type = "string", format = "date-time", description = "The instant the record is shown as of")
public record AsOf(Instant instant) {

    public AsOf {
        Objects.requireNonNull(instant, "instant");
    }

    public static AsOf valueOf(String text) {
        String trimmed = text == null ? "" : text.strip();
        try {
            return new AsOf(Instant.parse(trimmed));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return new AsOf(OffsetDateTime.parse(trimmed).toInstant());
            } catch (DateTimeParseException notADateTime) {
                throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 instant");
            }
        }
    }
}
