package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/**
 * Submits the annual implementation plan for a signing body's agreements, or a revision of it.
 * {@code due} is the deadline under the policy in force; a plan submitted after it is recorded
 * and marked late.
 */
public record SubmitImplementationPlanCommand(@TargetAggregateIdentifier ImplementationPlanId id, Long expectedVersion,
                                              AgencyCode signingBody, int year,
                                              List<PlannedAgreementActivity> activities,
                                              LocalDate submittedOn, LocalDate due) {
}
