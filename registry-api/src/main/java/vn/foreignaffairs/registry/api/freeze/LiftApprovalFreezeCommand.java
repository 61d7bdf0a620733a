package vn.foreignaffairs.registry.api.freeze;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LiftApprovalFreezeCommand(@TargetAggregateIdentifier FreezeId id, LocalDate liftedOn, String reason) {
}
