package vn.foreignaffairs.registry.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.policy.ChangePolicyValueCommand;
import vn.foreignaffairs.registry.api.policy.PolicySettingId;
import vn.foreignaffairs.registry.api.policy.PolicyValueChanged;
import vn.foreignaffairs.registry.common.Versions;

/** One policy value in one scope, with the history of who set it to what, when and why. */
@Aggregate
public class PolicySetting {

    @AggregateIdentifier
    private PolicySettingId id;
    private Long value;

    protected PolicySetting() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ChangePolicyValueCommand command) {
        if (command.value() < 0) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "value", "A policy value cannot be negative.");
        }
        if (command.legalSource() == null || command.legalSource().isBlank()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "legalSource",
                    "Say which legal text the value comes from.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "A policy change needs a reason.");
        }
        long previous = value == null ? command.key().defaultValue() : value;
        apply(new PolicyValueChanged(command.id(), command.key(), command.scope(), previous, command.value(),
                command.legalSource().strip(), command.reason().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(PolicyValueChanged event) {
        id = event.id();
        value = event.value();
    }
}
