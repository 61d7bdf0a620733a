package vn.foreignaffairs.registry.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Filing the application (hồ sơ xin phép): the bodies to consult on it, by agency code. */
public record ApplicationRequest(
        @Size(max = 30) List<@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+",
                message = "must be an agency code") String> consultedAgencies) {

    List<String> consulted() {
        return consultedAgencies == null ? List.of() : consultedAgencies.stream().map(String::strip).toList();
    }
}
