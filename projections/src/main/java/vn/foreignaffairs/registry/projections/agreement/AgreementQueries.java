package vn.foreignaffairs.registry.projections.agreement;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementConsultation;
import vn.foreignaffairs.registry.api.agreement.AgreementPage;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.FindAgreementQuery;
import vn.foreignaffairs.registry.api.agreement.ListAgreementsQuery;
import vn.foreignaffairs.registry.api.agreement.ListOverdueConsultationsQuery;
import vn.foreignaffairs.registry.api.agreement.ListOverdueSigningReportsQuery;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultation;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultations;
import vn.foreignaffairs.registry.api.agreement.OverdueSigningReport;
import vn.foreignaffairs.registry.api.agreement.OverdueSigningReports;

/**
 * Answers agreement queries from the {@code agreements} read model only. An agreement in force
 * or suspended whose last day is before the day asked is shown EXPIRED; something is overdue on
 * a day when its due date has passed and it had not been done by that day, so a past
 * {@code asOf} shows the lists as they stood then.
 */
@Component
public class AgreementQueries {

    private static final List<AgreementStatus> RUNNING = List.of(AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);

    private final AgreementReadModel readModel;

    public AgreementQueries(AgreementReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public AgreementView find(FindAgreementQuery query) {
        return readModel.find(query.id().value()).map(view -> asOf(view, query.asOf())).orElse(null);
    }

    @QueryHandler
    public AgreementPage list(ListAgreementsQuery query) {
        LocalDate asOf = query.asOf();
        List<Bson> filters = new ArrayList<>();
        if (query.signingBodies() != null) {
            filters.add(or(in("signingBody", query.signingBodies()),
                    in("formerSigningBodies", query.signingBodies())));
        }
        if (query.countryCode() != null) {
            filters.add(eq("details.foreignParty.countryCode", query.countryCode()));
        }
        if (query.status() != null) {
            filters.add(withStatus(query.status(), asOf));
        }
        Bson order = Sorts.descending("createdAt");
        if (query.expiringWithinDays() != null) {
            filters.add(in("status", RUNNING));
            filters.add(gte("lastDay", asOf));
            filters.add(lte("lastDay", asOf.plusDays(query.expiringWithinDays())));
            order = Sorts.orderBy(Sorts.ascending("lastDay"), Sorts.descending("createdAt"));
        }
        LocalDate since = query.withoutImplementationReportSince();
        if (since != null) {
            filters.add(withStatus(AgreementStatus.IN_FORCE, asOf));
            filters.add(lte("inForceFrom", since));
            filters.add(or(eq("lastImplementationReportOn", null), lt("lastImplementationReportOn", since)));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        List<AgreementView> items = readModel.find(filter, order, query.page() * query.size(), query.size()).stream()
                .map(view -> asOf(view, asOf)).toList();
        return new AgreementPage(items, query.page(), query.size(), readModel.count(filter));
    }

    @QueryHandler
    public OverdueConsultations overdueConsultations(ListOverdueConsultationsQuery query) {
        LocalDate asOf = query.asOf();
        List<Bson> filters = new ArrayList<>(List.of(lt("consultations.answerDue", asOf),
                ne("status", AgreementStatus.REFUSED)));
        if (query.agency() != null) {
            filters.add(eq("consultations.agency", query.agency()));
        }
        List<OverdueConsultation> items = new ArrayList<>();
        for (AgreementView agreement : readModel.find(and(filters), Sorts.ascending("id"), 0, 0)) {
            for (AgreementConsultation consultation : agreement.consultations()) {
                if ((query.agency() == null || query.agency().equals(consultation.agency()))
                        && isOverdue(consultation, asOf)) {
                    items.add(new OverdueConsultation(agreement.id(), agreement.signingBody(),
                            agreement.details().title(), consultation.agency(), consultation.requestedOn(),
                            consultation.answerDue(), ChronoUnit.DAYS.between(consultation.answerDue(), asOf)));
                }
            }
        }
        items.sort(Comparator.comparing(OverdueConsultation::answerDue).thenComparing(OverdueConsultation::agreementId)
                .thenComparing(OverdueConsultation::agency));
        return new OverdueConsultations(asOf, query.agency(), items);
    }

    @QueryHandler
    public OverdueSigningReports overdueSigningReports(ListOverdueSigningReportsQuery query) {
        LocalDate asOf = query.asOf();
        List<Bson> filters = new ArrayList<>(List.of(lt("signingReportDue", asOf),
                or(eq("signingReport", null), gt("signingReport.sentOn", asOf))));
        if (query.signingBody() != null) {
            filters.add(eq("signingBody", query.signingBody()));
        }
        List<OverdueSigningReport> items = readModel.find(and(filters), Sorts.ascending("id"), 0, 0).stream()
                .map(agreement -> new OverdueSigningReport(agreement.id(), agreement.signingBody(),
                        agreement.details().title(), agreement.signing().signedOn(), agreement.signingReportDue(),
                        ChronoUnit.DAYS.between(agreement.signingReportDue(), asOf)))
                .sorted(Comparator.comparing(OverdueSigningReport::reportDue)
                        .thenComparing(OverdueSigningReport::agreementId))
                .toList();
        return new OverdueSigningReports(asOf, query.signingBody(), items);
    }

    /** The status shown on {@code asOf}: a running agreement past its last day has expired. */
    static AgreementStatus statusOn(AgreementView agreement, LocalDate asOf) {
        boolean running = RUNNING.contains(agreement.status());
        return running && agreement.lastDay() != null && agreement.lastDay().isBefore(asOf)
                ? AgreementStatus.EXPIRED : agreement.status();
    }

    private static AgreementView asOf(AgreementView agreement, LocalDate asOf) {
        return agreement.withStatus(statusOn(agreement, asOf));
    }

    /** The stored documents that {@link #statusOn} shows with {@code status} on {@code asOf}. */
    private static Bson withStatus(AgreementStatus status, LocalDate asOf) {
        return switch (status) {
            case EXPIRED -> and(in("status", RUNNING), lt("lastDay", asOf));
            case IN_FORCE, SUSPENDED -> and(eq("status", status), or(eq("lastDay", null), gte("lastDay", asOf)));
            default -> eq("status", status);
        };
    }

    private static boolean isOverdue(AgreementConsultation consultation, LocalDate asOf) {
        return consultation.answerDue().isBefore(asOf)
                && (consultation.answeredOn() == null || consultation.answeredOn().isAfter(asOf));
    }
}
