package vn.foreignaffairs.registry.api.agreement;

public record ImplementationReportFiled(AgreementId id, ImplementationReport report) implements AgreementEvent {
}
