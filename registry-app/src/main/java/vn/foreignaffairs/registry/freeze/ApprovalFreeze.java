package vn.foreignaffairs.registry.freeze;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.freeze.ApprovalFreezeDeclared;
import vn.foreignaffairs.registry.api.freeze.ApprovalFreezeLifted;
import vn.foreignaffairs.registry.api.freeze.DeclareApprovalFreezeCommand;
import vn.foreignaffairs.registry.api.freeze.FreezeId;
import vn.foreignaffairs.registry.api.freeze.LiftApprovalFreezeCommand;

/**
 * A province's decision to stop approving delegations for a while (Kon Tum 2025: "trước mắt chưa
 * xem xét phê duyệt đoàn ra, đoàn vào" during the reorganisation): whom it covers, from when,
 * until when, why and on which legal basis. Lifting it is a fact of its own.
 */
@Aggregate
public class ApprovalFreeze {

    @AggregateIdentifier
    private FreezeId id;
    private boolean lifted;

    protected ApprovalFreeze() {
        // for Axon
    }

    @CommandHandler
    public ApprovalFreeze(DeclareApprovalFreezeCommand command) {
        if (command.scope() == null || command.scope().isEmpty()) {
            throw new RuleViolation(RefusalCode.FREEZE_SCOPE_REQUIRED, "scope",
                    "Name the agencies or the kinds of agency the freeze covers.");
        }
        if (command.from() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "from", "Say from when approvals are frozen.");
        }
        if (command.until() != null && command.until().isBefore(command.from())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "until", "The freeze ends before it starts.");
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "A freeze needs its reason.");
        }
        if (isBlank(command.legalBasis())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "legalBasis", "A freeze needs its legal basis.");
        }
        apply(new ApprovalFreezeDeclared(command.id(), command.scope(), command.from(), command.until(),
                command.reason().strip(), command.legalBasis().strip()));
    }

    @CommandHandler
    public void handle(LiftApprovalFreezeCommand command) {
        if (lifted) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION, "The freeze was lifted already.");
        }
        if (command.liftedOn() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "liftedOn", "Say from which day approvals resume.");
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "Lifting a freeze needs a reason.");
        }
        apply(new ApprovalFreezeLifted(id, command.liftedOn(), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(ApprovalFreezeDeclared event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(ApprovalFreezeLifted event) {
        lifted = true;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
