package vn.foreignaffairs.registry.api.delegation;

/** The delegation now goes with these details, by this (new) decision. */
public record DelegationAmended(DelegationId id, DelegationDetails details, Decision decision)
        implements DelegationEvent {
}
