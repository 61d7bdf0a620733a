package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection or cancellation, which always says why. */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
