package vn.foreignaffairs.registry.projections.agreement;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanSubmitted;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanView;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/** Folds implementation plan submissions into {@code agreement_implementation_plans}. */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class ImplementationPlanProjector {

    private final ImplementationPlanReadModel readModel;
    private final ProjectionProgress progress;

    public ImplementationPlanProjector(ImplementationPlanReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(ImplementationPlanSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        LocalDate firstSubmittedOn = readModel.find(event.id().value())
                .map(ImplementationPlanView::firstSubmittedOn)
                .orElse(event.submittedOn());
        readModel.save(new ImplementationPlanView(event.id().value(), event.signingBody().value(), event.year(),
                sequence + 1, event.revision(), event.activities(), firstSubmittedOn, event.submittedOn(), event.due(),
                event.late(), actor, at));
        progress.signal();
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }
}
