package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/** An agency proposes to sign an agreement in its name (đề xuất ký kết thỏa thuận quốc tế). */
public record ProposeAgreementCommand(@TargetAggregateIdentifier AgreementId id, AgencyCode signingBody,
                                      AgreementDetails details) {
}
