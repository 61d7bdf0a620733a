package vn.foreignaffairs.registry.delegation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationAmended;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationDeparted;
import vn.foreignaffairs.registry.api.delegation.DelegationDraftRevised;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationPostponed;
import vn.foreignaffairs.registry.api.delegation.Member;
import vn.foreignaffairs.registry.api.delegation.PassportHandedBack;
import vn.foreignaffairs.registry.api.delegation.PassportHandedOut;

/**
 * What a delegation remembers for the rules after approval: the decision that sends it, every
 * decision number already used, the members as last decided, the actual departure and the
 * passports still handed out. A member of the {@link Delegation} aggregate, so it follows the
 * events it needs (the approval among them) with its own handlers; it never decides anything.
 */
class Trip {

    /** A passport with a member, and since when. */
    record HandedOut(String passportNumber, LocalDate handedOutOn) {
    }

    /** The approval or amendment in force: the decision the delegation travels under. */
    private Decision sendingDecision;
    /** The date of the latest decision of any kind, postponements included. */
    private LocalDate latestDecisionDate;
    private final Set<String> decisionNumbers = new HashSet<>();
    private List<Member> members = List.of();
    private LocalDate departedOn;
    private final Map<String, HandedOut> passportsOut = new LinkedHashMap<>();

    Decision sendingDecision() {
        return sendingDecision;
    }

    LocalDate latestDecisionDate() {
        return latestDecisionDate;
    }

    boolean isDecisionNumberUsed(String number) {
        return decisionNumbers.contains(number.strip());
    }

    Optional<Member> member(String name) {
        return members.stream().filter(member -> member.name().strip().equals(name)).findFirst();
    }

    LocalDate departedOn() {
        return departedOn;
    }

    Optional<HandedOut> passportOut(String memberName) {
        return Optional.ofNullable(passportsOut.get(memberName));
    }

    Set<String> membersWithPassportsOut() {
        return passportsOut.keySet();
    }

    @EventSourcingHandler
    void on(DelegationDrafted event) {
        members = event.details().members();
    }

    @EventSourcingHandler
    void on(DelegationDraftRevised event) {
        members = event.details().members();
    }

    @EventSourcingHandler
    void on(DelegationApproved event) {
        sendingDecision = event.decision();
        decided(event.decision());
    }

    @EventSourcingHandler
    void on(DelegationAmended event) {
        sendingDecision = event.decision();
        decided(event.decision());
        members = event.details().members();
    }

    @EventSourcingHandler
    void on(DelegationPostponed event) {
        decided(event.decision());
    }

    @EventSourcingHandler
    void on(DelegationDeparted event) {
        departedOn = event.departedOn();
    }

    @EventSourcingHandler
    void on(PassportHandedOut event) {
        passportsOut.put(event.memberName(), new HandedOut(event.passportNumber(), event.handedOutOn()));
    }

    @EventSourcingHandler
    void on(PassportHandedBack event) {
        passportsOut.remove(event.memberName());
    }

    private void decided(Decision decision) {
        decisionNumbers.add(decision.number().strip());
        if (latestDecisionDate == null || decision.date().isAfter(latestDecisionDate)) {
            latestDecisionDate = decision.date();
        }
    }
}
