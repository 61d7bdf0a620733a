package vn.foreignaffairs.registry.conference;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import vn.foreignaffairs.registry.api.conference.ConferencePage;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
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
 * The international conferences' pages: the register (the officer's agency's, every agency's for
 * other roles), the application form for a new draft and to revise it, and one conference with
 * the steps its reader may take and the API's word on a late application. Every read and write
 * goes through {@link ConferenceController}; the forms are {@link ConferenceForms}.
 */
@PageController
@RequestMapping(ConferenceForms.PATH)
public class ConferencePages {

    private static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ConferenceController conferences;
    private final CurrentActor currentActor;
    private final FormSubmissions submissions;
    private final RecordPage<ConferenceView> recordPage;
    private final PageMessages messages;

    public ConferencePages(ConferenceController conferences, CurrentActor currentActor, FormSubmissions submissions,
                           PageMessages messages) {
        this.conferences = conferences;
        this.currentActor = currentActor;
        this.submissions = submissions;
        this.messages = messages;
        this.recordPage = new RecordPage<>(submissions, this::view,
                conference -> ConferenceForms.PATH + "/" + conference.id(), ConferenceView::organiser, this::detail);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String page, Model model) {
        Actor actor = currentActor.get();
        ConferencePage conferencePage = conferences.list(actor.isOfficer() ? actor.agency() : null, null, null,
                null, PageNumbers.of(page), PAGE_SIZE);
        model.addAttribute("records", conferencePage);
        model.addAttribute("pages", PageNumbers.count(conferencePage.total(), PAGE_SIZE));
        return "registers/conferences";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String newForm(Model model) {
        return form(model, ConferenceForms.creation(), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String create(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return submissions.submit(ConferenceForms.creation(), typed,
                request -> FormSubmissions.recordPage(ConferenceForms.PATH, conferences.create(request)),
                refused -> form(model, refused, null), response, redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('OFFICER')")
    String editForm(@PathVariable String id, Model model) {
        ConferenceView conference = view(id);
        return form(model, ConferenceForms.revision(conference, conference.version()), conference);
    }

    /** A refused revision keeps the version its writer saw, so that a stale one stays refused until reread. */
    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('OFFICER')")
    String revise(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        ConferenceView conference = view(id);
        PageForm<ConferenceRequest> form = ConferenceForms.revision(conference,
                PageNumbers.versionOr(typed.get("version"), conference.version()));
        return submissions.step(form, typed, (request, version) -> conferences.revise(id, request, version),
                ConferenceForms.PATH + "/" + conference.id(), refused -> form(model, refused, conference), response,
                redirect);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable String id, Model model) {
        return recordPage.show(id, model);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('OFFICER')")
    String submit(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, ConferenceForms::application, typed,
                (request, version) -> conferences.submit(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasRole('REVIEWER')")
    String recordOpinion(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, ConferenceForms::opinion, typed,
                (request, version) -> conferences.recordOpinion(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/held")
    @PreAuthorize("hasRole('OFFICER')")
    String held(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, ConferenceForms::held, typed, (request, version) -> conferences.held(id, request, version),
                model, response, redirect);
    }

    @PostMapping("/{id}/report")
    @PreAuthorize("hasRole('OFFICER')")
    String report(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, ConferenceForms::report, typed,
                (request, version) -> conferences.report(id, request, version), model, response, redirect);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    String cancel(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return recordPage.step(id, ConferenceForms::cancellation, typed,
                (request, version) -> conferences.cancel(id, request, version), model, response, redirect);
    }

    private String detail(Model model, ConferenceView conference, PageForm<?> refused) {
        model.addAttribute("conference", conference);
        model.addAttribute("warnings", warnings(conference, LocaleContextHolder.getLocale()));
        RecordSteps.addTo(model, ConferenceForms.available(conference, currentActor.get()), refused);
        return "conferences/detail";
    }

    /** Decision 06/2020 art. 4: the API says when the application came later than the lead time in force. */
    private List<RecordWarning> warnings(ConferenceView conference, Locale locale) {
        if (!Boolean.TRUE.equals(conference.lateApplication())) {
            return List.of();
        }
        long daysBefore = ChronoUnit.DAYS.between(conference.submittedOn(), conference.details().startDate());
        return List.of(new RecordWarning("APPLICATION_TOO_LATE", messages.text(
                "conference.warning.APPLICATION_TOO_LATE", locale, DAY.format(conference.submittedOn()), daysBefore,
                DAY.format(conference.details().startDate()), conference.requiredLeadDays())));
    }

    private String form(Model model, PageForm<?> form, ConferenceView conference) {
        model.addAttribute("form", form);
        model.addAttribute("conference", conference);
        return "conferences/form";
    }

    private ConferenceView view(String id) {
        return conferences.get(id, null).getBody();
    }
}
