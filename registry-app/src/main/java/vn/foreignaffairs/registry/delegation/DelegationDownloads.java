package vn.foreignaffairs.registry.delegation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.export.Downloads;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.PageController;

/**
 * The outbound delegation list page's downloads: the whole list the page shows (the officer's agency's, every
 * agency's for other roles) as CSV, XLSX or PDF, through the API's own list and export.
 */
@PageController
class DelegationDownloads {

    private final DelegationController delegations;
    private final CurrentActor currentActor;
    private final Downloads downloads;

    DelegationDownloads(DelegationController delegations, CurrentActor currentActor, Downloads downloads) {
        this.delegations = delegations;
        this.currentActor = currentActor;
        this.downloads = downloads;
    }

    @GetMapping("/app/delegations/export")
    @PreAuthorize("isAuthenticated()")
    void export(@RequestParam(required = false) String status, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        ExportFormat exportFormat = Downloads.format(format);
        Actor actor = currentActor.get();
        String own = actor.isOfficer() ? actor.agency() : null;
        DelegationStatus shown = Arrays.stream(DelegationStatus.values())
                .filter(candidate -> candidate.name().equals(status)).findFirst().orElse(null);
        downloads.write(delegations.export(own, null, shown), exportFormat, response);
    }
}
