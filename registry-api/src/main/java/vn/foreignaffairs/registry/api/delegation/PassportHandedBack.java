package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

public record PassportHandedBack(DelegationId id, String memberName, String passportNumber, LocalDate handedBackOn)
        implements DelegationEvent {
}
