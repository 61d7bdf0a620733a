package vn.foreignaffairs.registry.api.agreement;

import java.util.List;

/**
 * Signing was approved. When consulted bodies disagreed, {@code overriddenAgencies} names them
 * and {@code overrideReason} says why the authority decided otherwise; both are empty or null
 * otherwise.
 */
public record AgreementApproved(AgreementId id, AgreementDecision decision, List<String> overriddenAgencies,
                                String overrideReason) implements AgreementEvent {
}
