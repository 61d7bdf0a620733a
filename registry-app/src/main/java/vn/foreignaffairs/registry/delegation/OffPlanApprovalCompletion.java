package vn.foreignaffairs.registry.delegation;

import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.CompleteOffPlanApprovalCommand;
import vn.foreignaffairs.registry.api.delegation.DelegationApprovalRequested;
import vn.foreignaffairs.registry.api.delegation.OffPlanSlotReturned;
import vn.foreignaffairs.registry.api.plan.ReleaseOffPlanSlotCommand;
import vn.foreignaffairs.registry.api.plan.SlotDecision;
import vn.foreignaffairs.registry.api.plan.TakeOffPlanSlotCommand;

/**
 * Carries an off-plan approval attempt through its two steps: the quota's decision on the annual
 * plan, then the delegation's completion. The approver's request runs them at once; this
 * processor runs them again for every attempt it reads from the log, so an attempt cut short by
 * a crash is finished after restart. Both steps are idempotent per attempt, so running them
 * twice gives the same outcome. It also gives back the slot of an off-plan delegation cancelled
 * after approval.
 */
@Component
@ProcessingGroup(OffPlanApprovalCompletion.PROCESSING_GROUP)
public class OffPlanApprovalCompletion {

    public static final String PROCESSING_GROUP = "off-plan-approvals";

    private final CommandGateway commands;

    public OffPlanApprovalCompletion(CommandGateway commands) {
        this.commands = commands;
    }

    /** The quota's answer and the delegation's version once the attempt is completed. */
    record Outcome(SlotDecision slot, long version) {
    }

    /** Runs both steps through {@code send}. */
    static Outcome complete(DelegationApprovalRequested attempt, Function<Object, Object> send) {
        SlotDecision slot = (SlotDecision) send.apply(new TakeOffPlanSlotCommand(attempt.plan(), attempt.agency(),
                attempt.year(), attempt.id(), attempt.attemptId(), attempt.quotaLimit()));
        long version = (Long) send.apply(new CompleteOffPlanApprovalCommand(attempt.id(), attempt.attemptId(), slot));
        return new Outcome(slot, version);
    }

    @EventHandler
    void on(DelegationApprovalRequested attempt, MetaData metadata) {
        complete(attempt, command -> send(command, metadata));
    }

    @EventHandler
    void on(OffPlanSlotReturned returned, MetaData metadata) {
        send(new ReleaseOffPlanSlotCommand(returned.plan(), returned.id(), "delegation cancelled before departure"),
                metadata);
    }

    /** Sent on behalf of whoever caused the event: the audit trail keeps the original actor and reason. */
    private Object send(Object command, MetaData metadata) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metadata));
    }
}
