package vn.foreignaffairs.registry.export.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.agreement.AgreementController;
import vn.foreignaffairs.registry.aid.AidProjectController;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.conference.ConferenceController;
import vn.foreignaffairs.registry.delegation.DelegationController;
import vn.foreignaffairs.registry.export.Downloads;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.PageController;

/**
 * The register list pages' downloads: the whole list a page shows (the officer's agency's,
 * every agency's for other roles) as CSV, XLSX or PDF, through the register's own whole-list
 * export and the API's export writers.
 */
@PageController
class RegisterDownloadPages {

    private final DelegationController delegations;
    private final AgreementController agreements;
    private final ConferenceController conferences;
    private final AidProjectController aid;
    private final CurrentActor currentActor;
    private final Downloads downloads;

    RegisterDownloadPages(DelegationController delegations, AgreementController agreements,
                          ConferenceController conferences, AidProjectController aid, CurrentActor currentActor,
                          Downloads downloads) {
        this.delegations = delegations;
        this.agreements = agreements;
        this.conferences = conferences;
        this.aid = aid;
        this.currentActor = currentActor;
        this.downloads = downloads;
    }

    /** {@code status} as the list page filters it: a status that is none shows every one. */
    @GetMapping("/app/delegations/export")
    @PreAuthorize("isAuthenticated()")
    void delegations(@RequestParam(required = false) String status, @RequestParam(defaultValue = "csv") String format,
                     HttpServletResponse response) throws IOException {
        DelegationStatus shown = Arrays.stream(DelegationStatus.values())
                .filter(candidate -> candidate.name().equals(status)).findFirst().orElse(null);
        downloads.write(delegations.export(ownAgency(), null, shown), Downloads.format(format), response);
    }

    @GetMapping("/app/agreements/export")
    @PreAuthorize("isAuthenticated()")
    void agreements(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        downloads.write(agreements.export(null, ownAgency(), null, null, null), Downloads.format(format), response);
    }

    @GetMapping("/app/conferences/export")
    @PreAuthorize("isAuthenticated()")
    void conferences(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        downloads.write(conferences.export(ownAgency(), null, null, null), Downloads.format(format), response);
    }

    @GetMapping("/app/aid/export")
    @PreAuthorize("isAuthenticated()")
    void aid(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        downloads.write(aid.export(ownAgency(), null, null, null, null, null, null), Downloads.format(format),
                response);
    }

    /** The officer's agency, whose records the officer's list pages show; null (every agency) for other roles. */
    private String ownAgency() {
        Actor actor = currentActor.get();
        return actor.isOfficer() ? actor.agency() : null;
    }
}
