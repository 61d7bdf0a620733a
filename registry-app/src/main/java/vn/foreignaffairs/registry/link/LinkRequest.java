package vn.foreignaffairs.registry.link;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.foreignaffairs.registry.api.link.LinkRelation;
import vn.foreignaffairs.registry.api.link.RecordRef;
import vn.foreignaffairs.registry.api.link.RecordType;

/** The JSON that links two records: {@code from} refers to {@code to} in {@code relation}. */
public record LinkRequest(@NotNull @Valid End from, @NotNull @Valid End to, @NotNull LinkRelation relation,
                          @Size(max = 2000) String note) {

    public record End(@NotNull RecordType type, @NotBlank @Size(max = 64) String id) {

        RecordRef toRef() {
            return new RecordRef(type, id.strip());
        }
    }
}
