package vn.foreignaffairs.registry.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.export.Downloads;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.report.ReportController;
import vn.foreignaffairs.registry.report.ReportSettings;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.FormErrors;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageMessages;

/**
 * A compliance report's page, its issuing and its downloads. The browser's session cannot call the API (Basic
 * only), so the files come from here, written by the API's own export code from the report the
 * API's endpoint answers, with its access checks.
 */
@PageController
public class ReportPages {

    private final ReportController reports;
    private final Downloads downloads;
    private final ReportSettings settings;
    private final CurrentActor currentActor;
    private final PageMessages messages;

    public ReportPages(ReportController reports, Downloads downloads, ReportSettings settings,
                       CurrentActor currentActor, PageMessages messages) {
        this.reports = reports;
        this.downloads = downloads;
        this.settings = settings;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/app/reports/{scope}/{period}")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    String report(@PathVariable String scope, @PathVariable String period, @RequestParam(required = false) String done,
                  Model model) {
        model.addAttribute("done", "issued".equals(done) ? done : null);
        return page(scope, period, List.of(), model);
    }

    /** An officer's own agency's report due next (the province's calendar). */
    @GetMapping("/app/reports/mine")
    @PreAuthorize("hasRole('OFFICER')")
    String mine() {
        return "redirect:/app/reports/" + UriUtils.encodePathSegment(currentActor.get().agency(), StandardCharsets.UTF_8)
                + "/" + settings.nextDue(ProvinceTime.today());
    }

    /**
     * Issues the report as the API does (an agency's by its officers, the province's by
     * leadership); one issued already is said on the page, other refusals are the error page.
     */
    @PostMapping("/app/reports/{scope}/{period}/issue")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADERSHIP')")
    String issue(@PathVariable String scope, @PathVariable String period, Model model, Locale locale,
                 HttpServletResponse response) {
        try {
            reports.issue(scope, period);
        } catch (RuleViolation violation) {
            if (violation.code() != RefusalCode.REPORT_ALREADY_ISSUED) {
                throw violation;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(scope, period, FormErrors.of(violation, messages, locale).general(), model);
        }
        return "redirect:/app/reports/" + UriUtils.encodePathSegment(scope, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(period, StandardCharsets.UTF_8) + "?done=issued";
    }

    private String page(String scope, String period, List<String> issueErrors, Model model) {
        model.addAttribute("report", reports.get(scope, period, null).getBody());
        model.addAttribute("formats", List.of("csv", "xlsx", "pdf"));
        model.addAttribute("issueErrors", issueErrors);
        return "leadership/report";
    }

    @GetMapping("/app/reports/{scope}/{period}/export")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    void export(@PathVariable String scope, @PathVariable String period,
                @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = Downloads.format(format);
        downloads.write(reports.get(scope, period, null).getBody(), exportFormat, response);
    }
}
