package vn.foreignaffairs.registry.conference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.conference.ConferenceDetails;

/**
 * The JSON an officer sends to create or revise a conference; the organiser is always the
 * officer's own agency. {@code participants} and {@code foreignParticipants} are the numbers
 * expected. A draft may still lack its {@code venue} and {@code content}; the application needs both.
 */
public record ConferenceRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 8000) String content,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 500) String venue,
        @NotNull @Min(1) @Max(100_000) Integer participants,
        @NotNull @Min(0) @Max(100_000) Integer foreignParticipants,
        @Size(max = 60) List<@NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "must be a two-letter ISO country code") String> foreignCountries,
        @NotNull Boolean foreignFunded,
        @Size(max = 300) String foreignSponsor,
        @NotNull Boolean primeMinisterPermit) {

    ConferenceDetails toDetails() {
        return new ConferenceDetails(title.strip(), strip(content), startDate, endDate, strip(venue), participants,
                foreignParticipants, foreignCountries == null ? List.of() : foreignCountries.stream().distinct().toList(),
                foreignFunded, strip(foreignSponsor), primeMinisterPermit);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
