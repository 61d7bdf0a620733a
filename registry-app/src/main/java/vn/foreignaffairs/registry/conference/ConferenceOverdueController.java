package vn.foreignaffairs.registry.conference;

import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.conference.ListOverdueConferenceReportsQuery;
import vn.foreignaffairs.registry.api.conference.ListOverdueConsultationsQuery;
import vn.foreignaffairs.registry.api.conference.OverdueConferenceReports;
import vn.foreignaffairs.registry.api.conference.OverdueConsultations;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;

/**
 * What is overdue about conferences: reports not filed within their days after the conference
 * closed, and consulted bodies that have not answered an application by their due date.
 * {@code asOf} (default: today in the province) shows the lists as they stood on that day.
 */
@RestController
@RequestMapping("/api/v1/conferences")
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
public class ConferenceOverdueController {

    private final QueryGateway queries;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;

    public ConferenceOverdueController(QueryGateway queries, CurrentActor currentActor, AgencyDirectory agencies) {
        this.queries = queries;
        this.currentActor = currentActor;
        this.agencies = agencies;
    }

    /** Officers see their own agency's reports only. */
    @GetMapping("/overdue-reports")
    public OverdueConferenceReports reports(@RequestParam(required = false) String organiser,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Actor actor = currentActor.get();
        String scope = organiser;
        if (actor.isOfficer()) {
            if (organiser != null && !organiser.equals(actor.agency())) {
                throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                        "Officers see the overdue conference reports of their own agency only.");
            }
            scope = actor.agency();
        } else if (organiser != null) {
            agencies.requireRegistered(organiser, "organiser");
        }
        return queries.query(new ListOverdueConferenceReportsQuery(scope, dayOf(asOf)),
                ResponseTypes.instanceOf(OverdueConferenceReports.class)).join();
    }

    /** Officers see the answers their agency owes and those its own applications wait for. */
    @GetMapping("/overdue-consultations")
    public OverdueConsultations consultations(@RequestParam(required = false) String organiser,
                                              @RequestParam(required = false) String consultedAgency,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (organiser != null) {
            agencies.requireRegistered(organiser, "organiser");
        }
        if (consultedAgency != null) {
            agencies.requireRegistered(consultedAgency, "consultedAgency");
        }
        Actor actor = currentActor.get();
        String involving = actor.isOfficer() ? actor.agency() : null;
        return queries.query(new ListOverdueConsultationsQuery(organiser, consultedAgency, involving, dayOf(asOf)),
                ResponseTypes.instanceOf(OverdueConsultations.class)).join();
    }

    private static LocalDate dayOf(LocalDate asOf) {
        return asOf == null ? ProvinceTime.today() : asOf;
    }
}
