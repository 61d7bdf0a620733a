package vn.foreignaffairs.registry.aid;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.foreignaffairs.registry.api.aid.AidProjectPage;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.FormSubmissions;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageForm;
import vn.foreignaffairs.registry.web.page.PageMessages;
import vn.foreignaffairs.registry.web.page.PageNumbers;
import vn.foreignaffairs.registry.web.page.RecordPage;
import vn.foreignaffairs.registry.web.page.RecordSteps;
import vn.foreignaffairs.registry.web.page.RecordWarning;

/**
 * The foreign non-governmental aid pages: the register (the officer's agency's, every agency's
 * for other roles), the proposal form, and one aid project with the steps its reader may take:
 * the reviewer's consultations and appraisal, the receiving agency's money and reports. Every
 * read and write goes through {@link AidProjectController} (donors through {@link DonorController});
 * the forms are {@link AidForms}.
 */
@PageController
@RequestMapping(AidForms.PATH)
public class AidPages {

    private static final int PAGE_SIZE = 20;
    /** The donors offered while typing a proposal's donor (the API's largest page). */
    private static final int DONORS_OFFERED = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AidProjectController aid;
    private final DonorController donors;
    private final CurrentActor currentActor;
    private final FormSubmissions submissions;
    private final RecordPage<AidProjectView> recordPage;
    private final PageMessages messages;

    public AidPages(AidProjectController aid, DonorController donors, CurrentActor currentActor,
                    FormSubmissions submissions, PageMessages messages) {
        this.aid = aid;
        this.donors = donors;
        this.currentActor = currentActor;
        this.submissions = submissions;
        this.messages = messages;
        this.recordPage = new RecordPage<>(submissions, this::view, project -> AidForms.PATH + "/" + project.id(),
                AidProjectView::receivingAgency, this::detail);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String page, Model model) {
        Actor actor = currentActor.get();
        AidProjectPage aidPage = aid.list(actor.isOfficer() ? actor.agency() : null, null, null, null, null, null,
                null, PageNumbers.of(page), PAGE_SIZE);
        model.addAttribute("records", aidPage);
        model.addAttribute("pages", PageNumbers.count(aidPage.total(), PAGE_SIZE));
        return "registers/aid";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String newForm(Model model) {
        return form(model, AidForms.proposal(donors()));
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String propose(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return submissions.submit(AidForms.proposal(donors()), typed,
                request -> FormSubmissions.recordPage(AidForms.PATH, aid.propose(request)),
                refused -> form(model, refused), response, redirect);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable String id, Model model) {
        return recordPage.show(id, model);
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasRole('REVIEWER')")
    String recordOpinion(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AidForms::opinion, typed, (request, version) -> aid.recordOpinion(id, request, version),
                model, response, redirect);
    }

    @PostMapping("/{id}/appraise")
    @PreAuthorize("hasRole('REVIEWER')")
    String appraise(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AidForms::appraisal, typed, (request, version) -> aid.appraise(id, request, version),
                model, response, redirect);
    }

    @PostMapping("/{id}/receipts")
    @PreAuthorize("hasRole('OFFICER')")
    String recordReceipt(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AidForms::receipt, typed, (request, version) -> aid.recordReceipt(id, request, version),
                model, response, redirect);
    }

    @PostMapping("/{id}/disbursements")
    @PreAuthorize("hasRole('OFFICER')")
    String recordDisbursement(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                              HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AidForms::disbursement, typed,
                (request, version) -> aid.recordDisbursement(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/monitoring-visits")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER')")
    String recordMonitoringVisit(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                                 HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AidForms::monitoringVisit, typed,
                (request, version) -> aid.recordMonitoringVisit(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/completion-report")
    @PreAuthorize("hasRole('OFFICER')")
    String reportCompletion(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AidForms::completionReport, typed,
                (request, version) -> aid.reportCompletion(id, request, version), model, response, redirect);
    }

    private String detail(Model model, AidProjectView project, PageForm<?> refused) {
        model.addAttribute("project", project);
        model.addAttribute("warnings", warnings(project));
        RecordSteps.addTo(model, AidForms.available(project, currentActor.get()), refused);
        return "aid/detail";
    }

    /** The API says whether the appraisal came after its due date (Decree 80/2020: 20 days from a complete file). */
    private List<RecordWarning> warnings(AidProjectView project) {
        if (!Boolean.TRUE.equals(project.appraisedLate())) {
            return List.of();
        }
        return List.of(new RecordWarning("APPRAISAL_LATE", messages.text("aid.warning.APPRAISAL_LATE",
                LocaleContextHolder.getLocale(), DAY.format(project.appraisal().appraisedOn()),
                DAY.format(project.appraisalDueDate()))));
    }

    private String form(Model model, PageForm<?> form) {
        model.addAttribute("form", form);
        return "aid/form";
    }

    private List<DonorView> donors() {
        return donors.list(null, null, 0, DONORS_OFFERED).items();
    }

    private AidProjectView view(String id) {
        return aid.get(id, null).getBody();
    }
}
