package vn.foreignaffairs.registry.agreement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.foreignaffairs.registry.api.agreement.AgreementPage;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.FormSubmissions;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageForm;
import vn.foreignaffairs.registry.web.page.PageNumbers;
import vn.foreignaffairs.registry.web.page.RecordPage;
import vn.foreignaffairs.registry.web.page.RecordSteps;

/**
 * The international agreements' pages: the register (the officer's agency's, every agency's for
 * other roles), the proposal form, and one agreement with the steps its reader may take. Every
 * read and write goes through {@link AgreementController}; the forms are {@link AgreementForms}.
 */
@PageController
@RequestMapping(AgreementForms.PATH)
public class AgreementPages {

    private static final int PAGE_SIZE = 20;

    private final AgreementController agreements;
    private final CurrentActor currentActor;
    private final FormSubmissions submissions;
    private final RecordPage<AgreementView> recordPage;

    public AgreementPages(AgreementController agreements, CurrentActor currentActor, FormSubmissions submissions) {
        this.agreements = agreements;
        this.currentActor = currentActor;
        this.submissions = submissions;
        this.recordPage = new RecordPage<>(submissions, this::view, agreement -> AgreementForms.PATH + "/" + agreement.id(),
                AgreementView::signingBody, this::detail);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String page, Model model) {
        Actor actor = currentActor.get();
        AgreementPage agreementPage = agreements.list(null, actor.isOfficer() ? actor.agency() : null, null, null,
                null, PageNumbers.of(page), PAGE_SIZE);
        model.addAttribute("records", agreementPage);
        model.addAttribute("pages", PageNumbers.count(agreementPage.total(), PAGE_SIZE));
        return "registers/agreements";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String newForm(Model model) {
        return form(model, AgreementForms.proposal());
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String propose(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return submissions.submit(AgreementForms.proposal(), typed,
                request -> FormSubmissions.recordPage(AgreementForms.PATH, agreements.propose(request)),
                refused -> form(model, refused), response, redirect);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable String id, Model model) {
        return recordPage.show(id, model);
    }

    @PostMapping("/{id}/consultation-requests")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER')")
    String sendForConsultation(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AgreementForms::consultationRequest, typed,
                (request, version) -> agreements.sendForConsultation(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasRole('REVIEWER')")
    String recordOpinion(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AgreementForms::opinion, typed,
                (request, version) -> agreements.recordOpinion(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/sign")
    @PreAuthorize("hasRole('OFFICER')")
    String sign(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AgreementForms::signing, typed, (request, version) -> agreements.sign(id, request, version),
                model, response, redirect);
    }

    @PostMapping("/{id}/report-to-government")
    @PreAuthorize("hasRole('OFFICER')")
    String reportToGovernment(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                              HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AgreementForms::signingReport, typed,
                (request, version) -> agreements.reportToGovernment(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/enter-into-force")
    @PreAuthorize("hasRole('OFFICER')")
    String enterIntoForce(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AgreementForms::entryIntoForce, typed,
                (request, version) -> agreements.enterIntoForce(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/implementation-reports")
    @PreAuthorize("hasRole('OFFICER')")
    String fileImplementationReport(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                                    HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, AgreementForms::implementationReport, typed,
                (request, version) -> agreements.fileImplementationReport(id, request, version), model, response,
                redirect);
    }

    private String detail(Model model, AgreementView agreement, PageForm<?> refused) {
        model.addAttribute("agreement", agreement);
        RecordSteps.addTo(model, AgreementForms.available(agreement, currentActor.get()), refused);
        return "agreements/detail";
    }

    private String form(Model model, PageForm<?> form) {
        model.addAttribute("form", form);
        return "agreements/form";
    }

    private AgreementView view(String id) {
        return agreements.get(id, null).getBody();
    }
}
