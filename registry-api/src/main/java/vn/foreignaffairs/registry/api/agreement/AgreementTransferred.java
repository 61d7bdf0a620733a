package vn.foreignaffairs.registry.api.agreement;

import vn.foreignaffairs.registry.api.agency.AgencyCode;

public record AgreementTransferred(AgreementId id, AgencyCode fromSigningBody, AgencyCode toSigningBody,
                                   AgreementDecision decision) implements AgreementEvent {
}
