package vn.foreignaffairs.registry.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanId;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanSubmitted;
import vn.foreignaffairs.registry.api.agreement.PlannedAgreementActivity;
import vn.foreignaffairs.registry.api.agreement.SubmitImplementationPlanCommand;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.common.Versions;

/**
 * A signing body's annual implementation plan for its international agreements (kế hoạch thực
 * hiện thỏa thuận quốc tế hằng năm, Law 70/2020 art. 42), one per body and year. The first
 * submission creates it; each later one is a numbered revision. A plan submitted after its due
 * date is still recorded, marked late, so the overdue list and the reports can say so.
 */
@Aggregate
public class AgreementImplementationPlan {

    static final int MAX_ACTIVITIES = 500;
    static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private ImplementationPlanId id;
    private int revision;

    protected AgreementImplementationPlan() {
        // for Axon: created by the first submission, state rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(SubmitImplementationPlanCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        SigningBodyAccess.requireOwnAgency(command.signingBody(), role, actorAgency);
        if (command.submittedOn().getYear() > command.year()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "year",
                    "The implementation plan for " + command.year() + " can no longer be submitted: that year is over.");
        }
        checkActivities(command.activities());
        boolean late = command.submittedOn().isAfter(command.due());
        apply(new ImplementationPlanSubmitted(command.id(), command.signingBody(), command.year(), revision + 1,
                List.copyOf(command.activities()), command.submittedOn(), command.due(), late));
        return Versions.current();
    }

    private static void checkActivities(List<PlannedAgreementActivity> activities) {
        if (activities == null || activities.isEmpty()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "activities",
                    "List at least one activity to carry out an agreement during the year.");
        }
        if (activities.size() > MAX_ACTIVITIES) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "activities",
                    "A plan holds at most " + MAX_ACTIVITIES + " activities.");
        }
        for (int i = 0; i < activities.size(); i++) {
            PlannedAgreementActivity activity = activities.get(i);
            if (activity == null || activity.agreement() == null) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "activities[" + i + "].agreement",
                        "Name the agreement each activity carries out.");
            }
            if (isBlank(activity.activity()) || activity.activity().length() > MAX_TEXT) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "activities[" + i + "].activity",
                        "Describe the activity in at most " + MAX_TEXT + " characters.");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(ImplementationPlanSubmitted event) {
        id = event.id();
        revision = event.revision();
    }
}
