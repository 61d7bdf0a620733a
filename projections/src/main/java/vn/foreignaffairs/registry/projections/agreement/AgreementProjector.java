package vn.foreignaffairs.registry.projections.agreement;

import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementAmended;
import vn.foreignaffairs.registry.api.agreement.AgreementApproved;
import vn.foreignaffairs.registry.api.agreement.AgreementConsultation;
import vn.foreignaffairs.registry.api.agreement.AgreementDecisionKind;
import vn.foreignaffairs.registry.api.agreement.AgreementEnteredIntoForce;
import vn.foreignaffairs.registry.api.agreement.AgreementExtended;
import vn.foreignaffairs.registry.api.agreement.AgreementOpinionRecorded;
import vn.foreignaffairs.registry.api.agreement.AgreementProposed;
import vn.foreignaffairs.registry.api.agreement.AgreementRefused;
import vn.foreignaffairs.registry.api.agreement.AgreementResumed;
import vn.foreignaffairs.registry.api.agreement.AgreementSentForConsultation;
import vn.foreignaffairs.registry.api.agreement.AgreementSigned;
import vn.foreignaffairs.registry.api.agreement.AgreementSigningReported;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementSuspended;
import vn.foreignaffairs.registry.api.agreement.AgreementTerminated;
import vn.foreignaffairs.registry.api.agreement.AgreementTransferred;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.AgreementWithdrawn;
import vn.foreignaffairs.registry.api.agreement.ImplementationReportFiled;
import vn.foreignaffairs.registry.api.agreement.RecordedAgreementDecision;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * Folds international agreement events into the {@code agreements} read model. Events of one
 * agreement arrive in order, one at a time, so an opinion or a report may be folded into what
 * the document already holds.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class AgreementProjector {

    private final AgreementReadModel readModel;
    private final ProjectionProgress progress;

    public AgreementProjector(AgreementReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(AgreementProposed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        readModel.insert(new AgreementView(event.id().value(), event.signingBody().value(), List.of(),
                AgreementStatus.PROPOSED, sequence + 1, event.details(), List.of(), null, List.of(), null, null, null,
                null, null, null, null, List.of(), null, List.of(), null, actor, at, at));
        progress.signal();
    }

    @EventHandler
    void on(AgreementSentForConsultation event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<AgreementConsultation> consultations = new ArrayList<>(current(event.id().value()).consultations());
        event.agencies().forEach(agency -> consultations.add(
                new AgreementConsultation(agency, event.requestedOn(), event.answerDue(), null, null, null)));
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.UNDER_CONSULTATION),
                set("consultations", consultations));
    }

    @EventHandler
    void on(AgreementOpinionRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<AgreementConsultation> consultations = current(event.id().value()).consultations().stream()
                .map(asked -> asked.agency().equals(event.agency())
                        ? new AgreementConsultation(asked.agency(), asked.requestedOn(), asked.answerDue(),
                                event.opinion(), event.note(), event.answeredOn())
                        : asked)
                .toList();
        apply(event.id().value(), sequence, at, set("consultations", consultations));
    }

    @EventHandler
    void on(AgreementApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.APPROVED),
                set("approval", event.decision()), set("overriddenAgencies", event.overriddenAgencies()),
                set("overrideReason", event.overrideReason()));
    }

    @EventHandler
    void on(AgreementRefused event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.REFUSED),
                set("refusalReason", event.reason()));
    }

    @EventHandler
    void on(AgreementSigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.SIGNED),
                set("signing", event.signing()), set("signingReportDue", event.signingReportDue()));
    }

    @EventHandler
    void on(AgreementSigningReported event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("signingReport", event.report()));
    }

    @EventHandler
    void on(AgreementEnteredIntoForce event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.IN_FORCE),
                set("inForceFrom", event.inForceFrom()), set("lastDay", event.lastDay()));
    }

    @EventHandler
    void on(ImplementationReportFiled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        LocalDate last = current(event.id().value()).lastImplementationReportOn();
        LocalDate reportedOn = event.report().reportedOn();
        apply(event.id().value(), sequence, at, push("implementationReports", event.report()),
                set("lastImplementationReportOn", last == null || reportedOn.isAfter(last) ? reportedOn : last));
    }

    @EventHandler
    void on(AgreementAmended event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Bson decision = push("decisions",
                new RecordedAgreementDecision(AgreementDecisionKind.AMENDMENT, event.decision(), event.summary()));
        if (event.fieldsOfCooperation() == null) {
            apply(event.id().value(), sequence, at, decision);
        } else {
            apply(event.id().value(), sequence, at, decision,
                    set("details.fieldsOfCooperation", event.fieldsOfCooperation()));
        }
    }

    @EventHandler
    void on(AgreementExtended event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("lastDay", event.newLastDay()), push("decisions",
                new RecordedAgreementDecision(AgreementDecisionKind.EXTENSION, event.decision(),
                        event.previousLastDay() + " → " + event.newLastDay())));
    }

    @EventHandler
    void on(AgreementSuspended event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.SUSPENDED), push("decisions",
                new RecordedAgreementDecision(AgreementDecisionKind.SUSPENSION, event.decision(), event.reason())));
    }

    @EventHandler
    void on(AgreementResumed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.IN_FORCE), push("decisions",
                new RecordedAgreementDecision(AgreementDecisionKind.RESUMPTION, event.decision(), null)));
    }

    @EventHandler
    void on(AgreementWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.WITHDRAWN),
                set("endReason", event.reason()), push("decisions",
                        new RecordedAgreementDecision(AgreementDecisionKind.WITHDRAWAL, event.decision(),
                                event.reason())));
    }

    @EventHandler
    void on(AgreementTerminated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", AgreementStatus.TERMINATED),
                set("endReason", event.reason()), push("decisions",
                        new RecordedAgreementDecision(AgreementDecisionKind.TERMINATION, event.decision(),
                                event.reason())));
    }

    @EventHandler
    void on(AgreementTransferred event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("signingBody", event.toSigningBody().value()),
                push("formerSigningBodies", event.fromSigningBody().value()), push("decisions",
                        new RecordedAgreementDecision(AgreementDecisionKind.TRANSFER, event.decision(),
                                event.fromSigningBody() + " → " + event.toSigningBody())));
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }

    private AgreementView current(String id) {
        return readModel.find(id).orElseThrow(() -> new IllegalStateException("No agreement " + id + " to update"));
    }

    private void apply(String id, long sequence, Instant at, Bson... changes) {
        Bson[] all = Arrays.copyOf(changes, changes.length + 1);
        all[changes.length] = set("updatedAt", at);
        readModel.update(id, sequence + 1, all);
        progress.signal();
    }
}
