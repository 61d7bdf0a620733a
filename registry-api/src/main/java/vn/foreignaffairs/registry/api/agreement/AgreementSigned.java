package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/** Signed; the report to the Prime Minister is due on {@code signingReportDue}. */
public record AgreementSigned(AgreementId id, AgreementSigning signing, LocalDate signingReportDue) implements AgreementEvent {
}
