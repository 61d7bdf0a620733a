package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A member's passport handed back (nộp lại hộ chiếu); {@code handedBackOn} defaults to today. */
public record PassportHandbackRequest(
        @NotBlank @Size(max = 200) String memberName,
        LocalDate handedBackOn) {
}
