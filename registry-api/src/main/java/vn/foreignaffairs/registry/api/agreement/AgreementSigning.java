package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;

/** The signing (ký kết): when, where, and who signed on both sides. */
public record AgreementSigning(LocalDate signedOn, String place, List<Signatory> signatories) {

    public AgreementSigning {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }
}
