package vn.foreignaffairs.registry.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The permit: the document of the competent authority that allows the conference and, when the
 * application came late or a consulted body disagreed, why it is permitted all the same.
 */
public record PermitRequest(
        @NotBlank @Size(max = 100) String decisionNumber,
        @NotNull LocalDate decisionDate,
        @Size(max = 200) String signer,
        @Size(max = 2000) String overrideReason) {
}
