package vn.foreignaffairs.registry.api.freeze;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approvals of delegations are frozen for the scope from {@code from} until {@code until} (open if null). */
public record DeclareApprovalFreezeCommand(@TargetAggregateIdentifier FreezeId id, FreezeScope scope,
                                           LocalDate from, LocalDate until, String reason, String legalBasis) {
}
