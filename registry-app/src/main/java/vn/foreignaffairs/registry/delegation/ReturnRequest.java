package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the delegation came back (nhập cảnh). */
public record ReturnRequest(@NotNull LocalDate returnedOn) {
}
