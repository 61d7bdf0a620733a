package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Nộp lại hộ chiếu: the member's passport returned to the body that keeps it. */
public record HandBackPassportCommand(@TargetAggregateIdentifier DelegationId id, Long expectedVersion,
                                      String memberName, LocalDate handedBackOn) {
}
