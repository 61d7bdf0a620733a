package vn.foreignaffairs.registry.projections.report;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.report.ComplianceReportIssued;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;
import vn.foreignaffairs.registry.api.report.FindIssuedReportQuery;
import vn.foreignaffairs.registry.api.report.ListIssuedReportsQuery;
import vn.foreignaffairs.registry.api.report.ReportStatus;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * The {@code compliance_reports} read model: one document per issued report, its figures as
 * frozen in the event. A report is issued once, so replacing the document on replay changes nothing.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class ComplianceReportProjector {

    private final MongoCollection<ComplianceReportView> reports;
    private final ProjectionProgress progress;

    public ComplianceReportProjector(MongoDatabase readModels, ProjectionProgress progress) {
        this.reports = readModels.getCollection("compliance_reports", ComplianceReportView.class);
        this.progress = progress;
        reports.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
        reports.createIndex(Indexes.ascending("period"));
    }

    @EventHandler
    void on(ComplianceReportIssued event, @Timestamp Instant issuedAt) {
        reports.replaceOne(eq("id", event.reportId()), new ComplianceReportView(event.reportId(), event.scope(),
                event.scopeName(), event.period(), event.kind(), event.from(), event.to(), event.asOf(),
                event.deadline(), ReportStatus.ISSUED, event.figures(), event.computedAt(), event.ledgerHead(),
                event.issuedBy(), issuedAt, 1, event.byAgency()), new ReplaceOptions().upsert(true));
        progress.signal();
    }

    @ResetHandler
    void reset() {
        reports.deleteMany(new Document());
    }

    @QueryHandler
    public ComplianceReportView find(FindIssuedReportQuery query) {
        return reports.find(eq("id", query.reportId())).first();
    }

    @QueryHandler
    public List<ComplianceReportView> list(ListIssuedReportsQuery query) {
        return reports.find(eq("period", query.period())).sort(Sorts.ascending("scope")).into(new ArrayList<>());
    }
}
