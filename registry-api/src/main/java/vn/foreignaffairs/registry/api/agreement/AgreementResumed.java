package vn.foreignaffairs.registry.api.agreement;

public record AgreementResumed(AgreementId id, AgreementDecision decision) implements AgreementEvent {
}
