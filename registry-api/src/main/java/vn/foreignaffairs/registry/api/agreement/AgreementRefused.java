package vn.foreignaffairs.registry.api.agreement;

public record AgreementRefused(AgreementId id, String reason) implements AgreementEvent {
}
