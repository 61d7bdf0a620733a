package vn.foreignaffairs.registry.conference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The dates the conference actually took place and how many actually took part. */
public record HeldRequest(
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Min(1) @Max(100_000) Integer participants,
        @NotNull @Min(0) @Max(100_000) Integer foreignParticipants) {
}
