package vn.foreignaffairs.registry.api.agreement;

import java.util.List;

/**
 * What an agreement is about, as proposed: its title, kind, the foreign party, the fields of
 * cooperation (lĩnh vực hợp tác) and its term, or null for an agreement without a fixed term.
 */
public record AgreementDetails(
        String title,
        AgreementKind kind,
        ForeignParty foreignParty,
        List<String> fieldsOfCooperation,
        AgreementTerm term) {

    public AgreementDetails {
        fieldsOfCooperation = fieldsOfCooperation == null ? List.of() : List.copyOf(fieldsOfCooperation);
    }
}
