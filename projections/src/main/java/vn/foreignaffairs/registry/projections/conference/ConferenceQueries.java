package vn.foreignaffairs.registry.projections.conference;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.conference.ConferencePage;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.conference.ConsultedAgency;
import vn.foreignaffairs.registry.api.conference.FindConferenceQuery;
import vn.foreignaffairs.registry.api.conference.ListConferencesQuery;
import vn.foreignaffairs.registry.api.conference.ListOverdueConferenceReportsQuery;
import vn.foreignaffairs.registry.api.conference.ListOverdueConsultationsQuery;
import vn.foreignaffairs.registry.api.conference.OverdueConferenceReport;
import vn.foreignaffairs.registry.api.conference.OverdueConferenceReports;
import vn.foreignaffairs.registry.api.conference.OverdueConsultation;
import vn.foreignaffairs.registry.api.conference.OverdueConsultations;

/**
 * Answers conference queries from the {@code conferences} read model only. Something is overdue
 * on a day when its due date has passed and it had not been done by that day, so a past
 * {@code asOf} shows the lists as they stood then.
 */
@Component
public class ConferenceQueries {

    private final ConferenceReadModel readModel;

    public ConferenceQueries(ConferenceReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public ConferenceView find(FindConferenceQuery query) {
        return readModel.find(query.id().value()).orElse(null);
    }

    @QueryHandler
    public ConferencePage list(ListConferencesQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.organisers() != null) {
            filters.add(in("organiser", query.organisers()));
        }
        if (query.year() != null) {
            filters.add(eq("year", query.year()));
        }
        if (query.status() != null) {
            filters.add(eq("status", query.status()));
        }
        if (query.foreignFunded() != null) {
            filters.add(eq("details.foreignFunded", query.foreignFunded()));
        }
        if (query.draftsOnlyOfAgency() != null) {
            filters.add(or(ne("status", ConferenceStatus.DRAFT), eq("organiser", query.draftsOnlyOfAgency())));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        List<ConferenceView> items = readModel.find(filter, query.page() * query.size(), query.size());
        return new ConferencePage(items, query.page(), query.size(), readModel.count(filter));
    }

    @QueryHandler
    public OverdueConferenceReports overdueReports(ListOverdueConferenceReportsQuery query) {
        LocalDate asOf = query.asOf();
        List<Bson> filters = new ArrayList<>(List.of(lt("reportDueDate", asOf),
                or(eq("report", null), gt("report.filedOn", asOf))));
        if (query.organiser() != null) {
            filters.add(eq("organiser", query.organiser()));
        }
        List<OverdueConferenceReport> items = readModel.find(and(filters)).stream()
                .map(conference -> new OverdueConferenceReport(conference.id(), conference.organiser(),
                        conference.details().title(), conference.actualEndDate(), conference.reportDueDate(),
                        ChronoUnit.DAYS.between(conference.reportDueDate(), asOf)))
                .sorted(Comparator.comparing(OverdueConferenceReport::organiser)
                        .thenComparing(OverdueConferenceReport::reportDueDate)
                        .thenComparing(OverdueConferenceReport::conferenceId))
                .toList();
        return new OverdueConferenceReports(asOf, query.organiser(), items);
    }

    @QueryHandler
    public OverdueConsultations overdueConsultations(ListOverdueConsultationsQuery query) {
        LocalDate asOf = query.asOf();
        List<Bson> filters = new ArrayList<>(List.of(lt("consultationDueDate", asOf),
                or(eq("consultationEndedOn", null), gt("consultationEndedOn", asOf))));
        if (query.organiser() != null) {
            filters.add(eq("organiser", query.organiser()));
        }
        List<OverdueConsultation> items = new ArrayList<>();
        for (ConferenceView conference : readModel.find(and(filters))) {
            for (ConsultedAgency consulted : conference.consultations()) {
                if (unansweredOn(consulted, asOf) && matches(query, conference, consulted)) {
                    items.add(new OverdueConsultation(conference.id(), conference.organiser(),
                            conference.details().title(), consulted.agency(), conference.submittedOn(),
                            conference.consultationDueDate(),
                            ChronoUnit.DAYS.between(conference.consultationDueDate(), asOf)));
                }
            }
        }
        items.sort(Comparator.comparing(OverdueConsultation::dueDate).thenComparing(OverdueConsultation::organiser)
                .thenComparing(OverdueConsultation::consultedAgency).thenComparing(OverdueConsultation::conferenceId));
        return new OverdueConsultations(asOf, query.organiser(), query.consultedAgency(), items);
    }

    private static boolean unansweredOn(ConsultedAgency consulted, LocalDate asOf) {
        return consulted.answeredOn() == null || consulted.answeredOn().isAfter(asOf);
    }

    private static boolean matches(ListOverdueConsultationsQuery query, ConferenceView conference,
                                   ConsultedAgency consulted) {
        if (query.consultedAgency() != null && !query.consultedAgency().equals(consulted.agency())) {
            return false;
        }
        String involving = query.involvingAgency();
        return involving == null || involving.equals(conference.organiser()) || involving.equals(consulted.agency());
    }
}
