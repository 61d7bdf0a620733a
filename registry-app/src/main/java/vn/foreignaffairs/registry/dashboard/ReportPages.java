package vn.foreignaffairs.registry.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.export.Downloads;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.report.ReportController;
import vn.foreignaffairs.registry.web.page.PageController;

/**
 * A compliance report's page and its downloads. The browser's session cannot call the API (Basic
 * only), so the files come from here, written by the API's own export code from the report the
 * API's endpoint answers, with its access checks.
 */
@PageController
public class ReportPages {

    private final ReportController reports;
    private final Downloads downloads;

    public ReportPages(ReportController reports, Downloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    @GetMapping("/app/reports/{scope}/{period}")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    String report(@PathVariable String scope, @PathVariable String period, Model model) {
        model.addAttribute("report", reports.get(scope, period).getBody());
        model.addAttribute("formats", List.of("csv", "xlsx", "pdf"));
        return "leadership/report";
    }

    @GetMapping("/app/reports/{scope}/{period}/export")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    void export(@PathVariable String scope, @PathVariable String period,
                @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = Downloads.format(format);
        downloads.write(reports.get(scope, period).getBody(), exportFormat, response);
    }
}
