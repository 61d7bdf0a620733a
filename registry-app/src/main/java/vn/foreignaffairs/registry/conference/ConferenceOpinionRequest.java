package vn.foreignaffairs.registry.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.foreignaffairs.registry.api.conference.Opinion;

/** A consulted body's written opinion on a conference application, as the reviewer records it. */
public record ConferenceOpinionRequest(@NotBlank @Size(max = 32) String agency, @NotNull Opinion opinion,
                                       @Size(max = 4000) String note) {
}
