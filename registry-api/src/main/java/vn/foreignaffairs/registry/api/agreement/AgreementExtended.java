package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

public record AgreementExtended(AgreementId id, AgreementDecision decision, LocalDate previousLastDay,
                                LocalDate newLastDay) implements AgreementEvent {
}
