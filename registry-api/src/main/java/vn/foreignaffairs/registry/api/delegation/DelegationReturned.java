package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/**
 * The delegation is back. Fixes when the post-trip report is due and when every passport still
 * handed out must be handed back, under the policies in force on that day.
 */
public record DelegationReturned(DelegationId id, LocalDate returnedOn, LocalDate reportDueDate,
                                 LocalDate passportsDueDate) implements DelegationEvent {
}
