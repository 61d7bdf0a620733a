package vn.foreignaffairs.registry.api.agreement;

/**
 * One decision in an agreement's history after approval, with what it said: the amendment's
 * summary, the new end of term, the reason of a suspension, withdrawal or termination, or the
 * agencies a transfer moved the agreement between.
 */
public record RecordedAgreementDecision(AgreementDecisionKind kind, AgreementDecision decision, String note) {
}
