package vn.foreignaffairs.registry.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A merger (sáp nhập): the successor's code, from when, by which decision, and why. */
public record MergeAgencyRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an agency code") String intoCode,
        @NotNull LocalDate effectiveDate,
        @NotBlank @Size(max = 100) String decisionReference,
        @NotBlank @Size(max = 2000) String reason) {
}
