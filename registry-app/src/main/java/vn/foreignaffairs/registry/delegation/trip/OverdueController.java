package vn.foreignaffairs.registry.delegation.trip;

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
import vn.foreignaffairs.registry.api.delegation.ListOverduePassportsQuery;
import vn.foreignaffairs.registry.api.delegation.ListOverdueReportsQuery;
import vn.foreignaffairs.registry.api.delegation.OverduePassports;
import vn.foreignaffairs.registry.api.delegation.OverdueReports;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;

/**
 * What is overdue after delegations returned, per agency: post-trip reports not filed and
 * passports not handed back by their due dates. {@code asOf} (default: today in the province)
 * shows the lists as they stood on that day. Officers see their own agency's lists only.
 */
@RestController
@RequestMapping("/api/v1/overdue")
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
public class OverdueController {

    private final QueryGateway queries;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;

    public OverdueController(QueryGateway queries, CurrentActor currentActor, AgencyDirectory agencies) {
        this.queries = queries;
        this.currentActor = currentActor;
        this.agencies = agencies;
    }

    @GetMapping("/reports")
    public OverdueReports reports(@RequestParam(required = false) String agency,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate asOf) {
        return queries.query(new ListOverdueReportsQuery(scope(agency), dayOf(asOf)),
                ResponseTypes.instanceOf(OverdueReports.class)).join();
    }

    @GetMapping("/passports")
    public OverduePassports passports(@RequestParam(required = false) String agency,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate asOf) {
        return queries.query(new ListOverduePassportsQuery(scope(agency), dayOf(asOf)),
                ResponseTypes.instanceOf(OverduePassports.class)).join();
    }

    /** The agency whose lists are asked for: an officer's own; for others the one named, or all. */
    private String scope(String agency) {
        Actor actor = currentActor.get();
        if (actor.isOfficer()) {
            if (agency != null && !agency.equals(actor.agency())) {
                throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                        "Officers see the overdue lists of their own agency only.");
            }
            return actor.agency();
        }
        if (agency != null) {
            agencies.requireRegistered(agency, "agency");
        }
        return agency;
    }

    private static LocalDate dayOf(LocalDate asOf) {
        return asOf == null ? ProvinceTime.today() : asOf;
    }
}
