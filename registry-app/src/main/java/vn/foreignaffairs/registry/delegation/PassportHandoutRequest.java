package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A member's passport given out for the trip; {@code handedOutOn} defaults to today. */
public record PassportHandoutRequest(
        @NotBlank @Size(max = 200) String memberName,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9]+", message = "must be a passport number")
        String passportNumber,
        LocalDate handedOutOn) {
}
