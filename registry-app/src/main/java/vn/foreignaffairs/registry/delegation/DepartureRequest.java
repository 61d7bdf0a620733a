package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the delegation actually left the country (xuất cảnh). */
public record DepartureRequest(@NotNull LocalDate departedOn) {
}
