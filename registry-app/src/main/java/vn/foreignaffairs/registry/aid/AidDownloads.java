package vn.foreignaffairs.registry.aid;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.export.Downloads;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.PageController;

/**
 * The aid list page's downloads: the whole list the page shows (the officer's agency's, every
 * agency's for other roles) as CSV, XLSX or PDF, through the API's own list and export.
 */
@PageController
class AidDownloads {

    private final AidProjectController aid;
    private final CurrentActor currentActor;
    private final Downloads downloads;

    AidDownloads(AidProjectController aid, CurrentActor currentActor, Downloads downloads) {
        this.aid = aid;
        this.currentActor = currentActor;
        this.downloads = downloads;
    }

    @GetMapping("/app/aid/export")
    @PreAuthorize("isAuthenticated()")
    void export(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        ExportFormat exportFormat = Downloads.format(format);
        Actor actor = currentActor.get();
        String own = actor.isOfficer() ? actor.agency() : null;
        downloads.write(aid.export(own, null, null, null, null, null, null), exportFormat, response);
    }
}
