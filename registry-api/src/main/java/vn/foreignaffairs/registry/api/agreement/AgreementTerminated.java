package vn.foreignaffairs.registry.api.agreement;

public record AgreementTerminated(AgreementId id, AgreementDecision decision, String reason) implements AgreementEvent {
}
