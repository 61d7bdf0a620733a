package vn.foreignaffairs.registry.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.foreignaffairs.registry.api.agency.AgencyKind;

/** A new agency: its code, kept for life across renames, its names and its kind. */
public record RegisterAgencyRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an agency code") String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String nameEn,
        @NotNull AgencyKind kind) {
}
