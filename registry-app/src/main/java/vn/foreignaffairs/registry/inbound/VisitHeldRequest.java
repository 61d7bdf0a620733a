package vn.foreignaffairs.registry.inbound;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The dates the delegation actually arrived and left, which may differ from those planned. */
public record VisitHeldRequest(@NotNull LocalDate arrivalDate, @NotNull LocalDate departureDate) {
}
