package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.delegation.DecisionKind;
import vn.foreignaffairs.registry.api.delegation.DelegationAmended;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationClosed;
import vn.foreignaffairs.registry.api.delegation.DelegationDeparted;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationEvent;
import vn.foreignaffairs.registry.api.delegation.DelegationPostponed;
import vn.foreignaffairs.registry.api.delegation.DelegationReturned;
import vn.foreignaffairs.registry.api.delegation.DelegationTripView;
import vn.foreignaffairs.registry.api.delegation.PassportHandedBack;
import vn.foreignaffairs.registry.api.delegation.PassportHandedOut;
import vn.foreignaffairs.registry.api.delegation.PassportHandout;
import vn.foreignaffairs.registry.api.delegation.PassportStatus;
import vn.foreignaffairs.registry.api.delegation.PostTripReport;
import vn.foreignaffairs.registry.api.delegation.PostTripReportFiled;
import vn.foreignaffairs.registry.api.delegation.RecordedDecision;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * Folds delegation events into the {@code delegation_trips} read model. Its own processing
 * group, so that on first start it replays the whole log and every delegation already decided
 * gets its trip document. Every delegation event moves the document's version on, so the trip
 * shows the same version as the delegation.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class DelegationTripProjector {

    private final DelegationTripReadModel readModel;
    private final ProjectionProgress progress;

    public DelegationTripProjector(DelegationTripReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(DelegationDrafted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        readModel.insert(new DelegationTripView(event.id().value(), event.agency().value(), sequence + 1,
                List.of(), null, null, null, null, null, List.of(), null, at));
        progress.signal();
    }

    @EventHandler
    void on(DelegationApproved event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        apply(event.id().value(), sequence, at, push("decisions",
                new RecordedDecision(DecisionKind.APPROVAL, event.decision(), null, null, null, actor, at)));
    }

    @EventHandler
    void on(DelegationAmended event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        apply(event.id().value(), sequence, at, push("decisions",
                new RecordedDecision(DecisionKind.AMENDMENT, event.decision(), reason, null, null, actor, at)));
    }

    @EventHandler
    void on(DelegationPostponed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        apply(event.id().value(), sequence, at, push("decisions",
                new RecordedDecision(DecisionKind.POSTPONEMENT, event.decision(), event.reason(),
                        event.newDepartureDate(), event.newReturnDate(), actor, at)));
    }

    @EventHandler
    void on(DelegationDeparted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("departedOn", event.departedOn()));
    }

    /** Every passport still out when the delegation returns is due back on the same day. */
    @EventHandler
    void on(DelegationReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        withPassports(event.id().value(), sequence, at, passport -> passport.status() == PassportStatus.HANDED_OUT
                        ? new PassportHandout(passport.memberName(), passport.passportNumber(),
                                passport.passportKind(), passport.decisionNumber(), passport.handedOutOn(),
                                passport.handedOutBy(), event.passportsDueDate(), passport.status(), null, null)
                        : passport,
                set("returnedOn", event.returnedOn()), set("reportDueDate", event.reportDueDate()),
                set("passportsDueDate", event.passportsDueDate()));
    }

    @EventHandler
    void on(PostTripReportFiled event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        apply(event.id().value(), sequence, at, set("report",
                new PostTripReport(event.results(), event.evaluation(), ProvinceTime.dayOf(at), actor)));
    }

    @EventHandler
    void on(PassportHandedOut event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        apply(event.id().value(), sequence, at, push("passports",
                new PassportHandout(event.memberName(), event.passportNumber(), event.passportKind(),
                        event.decisionNumber(), event.handedOutOn(), actor, null, PassportStatus.HANDED_OUT,
                        null, null)));
    }

    @EventHandler
    void on(PassportHandedBack event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        withPassports(event.id().value(), sequence, at, passport ->
                passport.status() == PassportStatus.HANDED_OUT && passport.memberName().equals(event.memberName())
                        ? new PassportHandout(passport.memberName(), passport.passportNumber(),
                                passport.passportKind(), passport.decisionNumber(), passport.handedOutOn(),
                                passport.handedOutBy(), passport.dueDate(), PassportStatus.HANDED_BACK,
                                event.handedBackOn(), actor)
                        : passport);
    }

    @EventHandler
    void on(DelegationClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("closedAt", at));
    }

    /** Any other fact of the delegation: nothing to show here, but the version moves on. */
    @EventHandler
    void on(DelegationEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at);
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }

    /**
     * Rewrites the list of passports. Events of one delegation arrive in order on one segment,
     * so reading the document first is safe; the version guard still skips a replayed event.
     */
    private void withPassports(String id, long sequence, Instant at, UnaryOperator<PassportHandout> change,
                               Bson... otherChanges) {
        readModel.find(id).filter(trip -> trip.version() < sequence + 1).ifPresent(trip -> {
            Bson[] all = Arrays.copyOf(otherChanges, otherChanges.length + 1);
            all[otherChanges.length] = set("passports", trip.passports().stream().map(change).toList());
            apply(id, sequence, at, all);
        });
    }

    private void apply(String id, long sequence, Instant at, Bson... changes) {
        Bson[] all = Arrays.copyOf(changes, changes.length + 1);
        all[changes.length] = set("updatedAt", at);
        readModel.update(id, sequence + 1, all);
        progress.signal();
    }
}
