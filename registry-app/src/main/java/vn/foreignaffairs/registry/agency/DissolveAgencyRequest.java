package vn.foreignaffairs.registry.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A dissolution (giải thể): from when, by which decision, and why. */
public record DissolveAgencyRequest(
        @NotNull LocalDate effectiveDate,
        @NotBlank @Size(max = 100) String decisionReference,
        @NotBlank @Size(max = 2000) String reason) {
}
