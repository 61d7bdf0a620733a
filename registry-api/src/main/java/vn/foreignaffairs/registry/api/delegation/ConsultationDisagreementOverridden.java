package vn.foreignaffairs.registry.api.delegation;

import java.util.List;

/** The approver decided despite the disagreeing agencies, and said why. */
public record ConsultationDisagreementOverridden(DelegationId id, List<String> disagreeingAgencies, String reason)
        implements DelegationEvent {
}
