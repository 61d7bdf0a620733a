package vn.foreignaffairs.registry.api.delegation;

import java.util.List;

/** An off-plan delegation went out for the consulted agencies' opinions (xin ý kiến). */
public record DelegationSentForConsultation(DelegationId id, List<String> consultedAgencies)
        implements DelegationEvent {
}
