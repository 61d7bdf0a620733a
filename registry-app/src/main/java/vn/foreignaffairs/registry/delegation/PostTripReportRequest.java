package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Báo cáo kết quả chuyến đi: the results of the trip and the agency's evaluation of them. */
public record PostTripReportRequest(
        @NotBlank @Size(max = 20_000) String results,
        @NotBlank @Size(max = 20_000) String evaluation) {
}
