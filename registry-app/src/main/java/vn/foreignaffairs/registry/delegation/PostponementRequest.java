package vn.foreignaffairs.registry.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A postponement (hoãn): why, the new dates if the decision fixes them, and that decision. */
public record PostponementRequest(
        @NotBlank @Size(max = 2000) String reason,
        LocalDate newDepartureDate,
        LocalDate newReturnDate,
        @NotNull @Valid DecisionRequest decision) {
}
