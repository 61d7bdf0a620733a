package vn.foreignaffairs.registry.projections.conference;

import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
import vn.foreignaffairs.registry.api.conference.ConferenceApplicationSubmitted;
import vn.foreignaffairs.registry.api.conference.ConferenceCancelled;
import vn.foreignaffairs.registry.api.conference.ConferenceDisagreementOverridden;
import vn.foreignaffairs.registry.api.conference.ConferenceDraftRevised;
import vn.foreignaffairs.registry.api.conference.ConferenceDrafted;
import vn.foreignaffairs.registry.api.conference.ConferenceHeld;
import vn.foreignaffairs.registry.api.conference.ConferenceOpinionRecorded;
import vn.foreignaffairs.registry.api.conference.ConferencePermitted;
import vn.foreignaffairs.registry.api.conference.ConferenceRefused;
import vn.foreignaffairs.registry.api.conference.ConferenceReport;
import vn.foreignaffairs.registry.api.conference.ConferenceReportFiled;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.conference.ConsultedAgency;
import vn.foreignaffairs.registry.api.conference.LateConferenceApplicationOverridden;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * Folds conference events into the {@code conferences} read model. Days (an answer recorded, a
 * report filed, a consultation ended) are the province's days of the events' timestamps, so the
 * overdue lists can be read as they stood on any past day.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class ConferenceProjector {

    private final ConferenceReadModel readModel;
    private final ProjectionProgress progress;

    public ConferenceProjector(ConferenceReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(ConferenceDrafted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        readModel.insert(new ConferenceView(event.id().value(), event.organiser().value(),
                event.details().startDate().getYear(), ConferenceStatus.DRAFT, sequence + 1, event.details(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                actor, at, at));
        progress.signal();
    }

    @EventHandler
    void on(ConferenceDraftRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("details", event.details()),
                set("year", event.details().startDate().getYear()));
    }

    @EventHandler
    void on(ConferenceApplicationSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", ConferenceStatus.UNDER_CONSULTATION),
                set("submittedOn", event.submittedOn()), set("requiredLeadDays", event.requiredLeadDays()),
                set("lateApplication", event.late()), set("consultationDueDate", event.consultationDueDate()),
                set("consultations", event.consultedAgencies().stream()
                        .map(agency -> new ConsultedAgency(agency, null, null, null, null)).toList()));
    }

    /** A body that answers again replaces its opinion; the day of its first answer stays. */
    @EventHandler
    void on(ConferenceOpinionRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        String id = event.id().value();
        readModel.find(id).filter(conference -> conference.version() < sequence + 1).ifPresent(conference ->
                apply(id, sequence, at, set("consultations", conference.consultations().stream()
                        .map(consulted -> consulted.agency().equals(event.agency())
                                ? new ConsultedAgency(consulted.agency(), event.opinion(), event.note(),
                                        consulted.answeredOn() == null ? ProvinceTime.dayOf(at) : consulted.answeredOn(),
                                        actor)
                                : consulted)
                        .toList())));
    }

    @EventHandler
    void on(LateConferenceApplicationOverridden event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("overrideReason", event.reason()));
    }

    @EventHandler
    void on(ConferenceDisagreementOverridden event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("overrideReason", event.reason()));
    }

    @EventHandler
    void on(ConferencePermitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", ConferenceStatus.PERMITTED),
                set("decision", event.decision()), set("consultationEndedOn", ProvinceTime.dayOf(at)));
    }

    @EventHandler
    void on(ConferenceRefused event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", ConferenceStatus.REFUSED),
                set("refusalReason", event.reason()), set("consultationEndedOn", ProvinceTime.dayOf(at)));
    }

    /** A cancellation during the consultation ends it; one before or after changes only the status. */
    @EventHandler
    void on(ConferenceCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String id = event.id().value();
        readModel.find(id).filter(conference -> conference.version() < sequence + 1).ifPresent(conference -> {
            LocalDate ended = conference.status() == ConferenceStatus.UNDER_CONSULTATION
                    ? ProvinceTime.dayOf(at) : conference.consultationEndedOn();
            apply(id, sequence, at, set("status", ConferenceStatus.CANCELLED),
                    set("cancellationReason", event.reason()), set("consultationEndedOn", ended));
        });
    }

    @EventHandler
    void on(ConferenceHeld event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", ConferenceStatus.HELD),
                set("actualStartDate", event.startDate()), set("actualEndDate", event.endDate()),
                set("actualParticipants", event.participants()),
                set("actualForeignParticipants", event.foreignParticipants()),
                set("reportDueDate", event.reportDueDate()));
    }

    @EventHandler
    void on(ConferenceReportFiled event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        apply(event.id().value(), sequence, at, set("status", ConferenceStatus.REPORTED),
                set("report", new ConferenceReport(event.results(), ProvinceTime.dayOf(at), actor)));
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }

    private void apply(String id, long sequence, Instant at, Bson... changes) {
        Bson[] all = Arrays.copyOf(changes, changes.length + 1);
        all[changes.length] = set("updatedAt", at);
        readModel.update(id, sequence + 1, all);
        progress.signal();
    }
}
