package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

public record DelegationDeparted(DelegationId id, LocalDate departedOn) implements DelegationEvent {
}
