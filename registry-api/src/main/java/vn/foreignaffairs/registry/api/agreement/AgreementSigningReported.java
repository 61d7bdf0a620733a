package vn.foreignaffairs.registry.api.agreement;

public record AgreementSigningReported(AgreementId id, SigningReport report) implements AgreementEvent {
}
