package vn.foreignaffairs.registry.api.agreement;

public record AgreementSuspended(AgreementId id, AgreementDecision decision, String reason) implements AgreementEvent {
}
