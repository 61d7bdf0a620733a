package vn.foreignaffairs.registry.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A rename (đổi tên): the new names, from when, by which decision, and why. */
public record RenameAgencyRequest(
        @NotBlank @Size(max = 300) String newName,
        @Size(max = 300) String newNameEn,
        @NotNull LocalDate effectiveDate,
        @NotBlank @Size(max = 100) String decisionReference,
        @NotBlank @Size(max = 2000) String reason) {
}
