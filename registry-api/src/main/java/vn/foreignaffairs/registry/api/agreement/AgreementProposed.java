package vn.foreignaffairs.registry.api.agreement;

import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record AgreementProposed(AgreementId id, AgencyCode signingBody, AgreementDetails details) implements AgreementEvent {
}
