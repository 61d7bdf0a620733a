package vn.foreignaffairs.registry.api.agreement;

public record AgreementWithdrawn(AgreementId id, AgreementDecision decision, String reason) implements AgreementEvent {
}
