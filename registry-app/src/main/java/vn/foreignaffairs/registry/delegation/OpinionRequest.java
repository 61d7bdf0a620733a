package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.foreignaffairs.registry.api.delegation.Opinion;

/** A consulted agency's written opinion on an off-plan delegation, as the reviewer records it. */
public record OpinionRequest(@NotBlank @Size(max = 32) String agency, @NotNull Opinion opinion,
                             @Size(max = 4000) String note) {
}
