package vn.foreignaffairs.registry.dashboard;

import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageMessages;

/** Tổng quan: leadership's overview of a year (this year in the province unless another is chosen). */
@PageController
public class DashboardPage {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Dashboard dashboard;
    private final PageMessages messages;

    public DashboardPage(Dashboard dashboard, PageMessages messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/app/dashboard")
    @PreAuthorize("hasAnyRole('LEADERSHIP', 'REVIEWER', 'INSPECTOR')")
    String dashboard(@RequestParam(required = false) String year, Model model, Locale locale) {
        int thisYear = ProvinceTime.today().getYear();
        int shown = yearOf(year, thisYear);
        model.addAttribute("year", shown);
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 5, thisYear + 2).boxed().toList());
        model.addAttribute("quotas", dashboard.quotas(shown));
        model.addAttribute("statusCounts", dashboard.statusCounts(shown));
        model.addAttribute("overdueTripReports", dashboard.overdueTripReports().items());
        model.addAttribute("overduePassports", dashboard.overduePassports().items());
        model.addAttribute("overdueAgreementConsultations", dashboard.overdueAgreementConsultations().items());
        model.addAttribute("overdueSigningReports", dashboard.overdueSigningReports().items());
        model.addAttribute("overdueConferenceReports", dashboard.overdueConferenceReports().items());
        model.addAttribute("overdueImplementationPlans", dashboard.overdueImplementationPlans(shown).items());
        model.addAttribute("monthChart", dashboard.monthChart(dashboard.delegationsPerMonth(shown)));
        AidTotals aid = dashboard.aidBySector(shown);
        model.addAttribute("sectorChart", dashboard.sectorChart(aid,
                sector -> messages.text("lead.sector." + sector, locale)));
        model.addAttribute("boards", java.util.List.of(dashboard.reportStatus(shown + "-H1"),
                dashboard.reportStatus(String.valueOf(shown))));
        return "leadership/dashboard";
    }

    /** A year the page can show, else this year: a mistyped address still opens the overview. */
    private static int yearOf(String year, int thisYear) {
        if (year != null && year.matches("\\d{4}")) {
            int asked = Integer.parseInt(year);
            if (asked >= FIRST_YEAR && asked <= LAST_YEAR) {
                return asked;
            }
        }
        return thisYear;
    }
}
