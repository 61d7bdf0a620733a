package vn.foreignaffairs.registry.delegation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.foreignaffairs.registry.api.delegation.DelegationPage;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.Opinion;
import vn.foreignaffairs.registry.plan.QuotaController;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.FormErrors;
import vn.foreignaffairs.registry.web.page.FormReader;
import vn.foreignaffairs.registry.web.page.FormSubmissions;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageMessages;
import vn.foreignaffairs.registry.web.page.PageNumbers;

/**
 * The outbound delegations' pages: the list, the new-delegation form and one delegation with the
 * steps its reader may take. Every read and write goes through {@link DelegationController} (and
 * the quota through {@link QuotaController}), so the pages answer exactly as the API does.
 */
@PageController
@RequestMapping(DelegationPages.PATH)
public class DelegationPages {

    static final String PATH = "/app/delegations";
    static final int PAGE_SIZE = 20;

    /** The inputs of each step's form on the detail page, named as the API names them. */
    private static final Map<String, Set<String>> ACTION_FIELDS = Map.of(
            "submit", Set.of(),
            "cancel", Set.of("reason"),
            "reject", Set.of("reason"),
            "approve", Set.of("decisionNumber", "decisionDate", "signer", "overrideReason"),
            "opinion", Set.of("agency", "opinion", "note"));

    private final DelegationController delegations;
    private final QuotaController quotas;
    private final Validator validator;
    private final PageMessages messages;
    private final CurrentActor currentActor;
    private final FormReader reader;
    private final FormSubmissions submissions;

    public DelegationPages(DelegationController delegations, QuotaController quotas, Validator validator,
                           PageMessages messages, CurrentActor currentActor, FormReader reader,
                           FormSubmissions submissions) {
        this.delegations = delegations;
        this.quotas = quotas;
        this.validator = validator;
        this.messages = messages;
        this.currentActor = currentActor;
        this.reader = reader;
        this.submissions = submissions;
    }

    /** Officers see their own agency's delegations, everyone else every agency's. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String page,
                Model model) {
        Actor actor = currentActor.get();
        DelegationStatus shown = Arrays.stream(DelegationStatus.values())
                .filter(candidate -> candidate.name().equals(status)).findFirst().orElse(null);
        int number = PageNumbers.of(page);
        DelegationPage delegationPage = delegations.list(actor.isOfficer() ? actor.agency() : null, null, shown,
                number, PAGE_SIZE);
        model.addAttribute("delegations", delegationPage);
        model.addAttribute("statuses", DelegationStatus.values());
        model.addAttribute("status", shown == null ? "" : shown.name());
        model.addAttribute("pages", PageNumbers.count(delegationPage.total(), PAGE_SIZE));
        return "delegations/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String newForm(Model model) {
        return form(model, new DelegationForm(), FormErrors.none(), null, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String create(@ModelAttribute("form") DelegationForm form, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        DelegationRequest request = checked(form, errors, locale);
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, errors, null, null);
        }
        AtomicReference<ResponseEntity<?>> created = new AtomicReference<>();
        errors = submissions.attempt(() -> created.set(delegations.create(request)), DelegationForm::inputOf, locale,
                response);
        if (errors.any()) {
            return form(model, form, errors, null, null);
        }
        return saved(FormSubmissions.recordPage(PATH, created.get()), created.get(), "delegation.notice.created",
                redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('OFFICER')")
    String editForm(@PathVariable String id, Model model) {
        DelegationResponse shown = view(id);
        DelegationView view = shown.delegation();
        model.addAttribute("warnings", shown.warnings());
        return form(model, DelegationForm.of(view.details()), FormErrors.none(), view.id(), view.version());
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('OFFICER')")
    String revise(@PathVariable String id, @ModelAttribute("form") DelegationForm form,
                  @RequestParam(required = false) String version, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        DelegationView view = view(id).delegation();
        long shownVersion = PageNumbers.versionOr(version, view.version());
        FormErrors errors = FormErrors.none();
        DelegationRequest request = checked(form, errors, locale);
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, errors, view.id(), shownVersion);
        }
        AtomicReference<ResponseEntity<?>> revised = new AtomicReference<>();
        errors = submissions.attempt(() -> revised.set(delegations.revise(view.id(), request, version)),
                DelegationForm::inputOf, locale, response);
        if (errors.any()) {
            return form(model, form, errors, view.id(), shownVersion);
        }
        return saved(PATH + "/" + view.id(), revised.get(), "delegation.notice.revised", redirect);
    }

    /**
     * After a save: the delegation's page, or, when the API warns about what was saved (rules 3 to
     * 5 of DOMAIN.md), its form again with the warnings beside it, while the trip can still change.
     */
    private static String saved(String page, ResponseEntity<?> answer, String notice, RedirectAttributes redirect) {
        if (answer.getBody() instanceof DelegationResponse saved && !saved.warnings().isEmpty()) {
            redirect.addFlashAttribute("notice", "delegation.notice.savedWithWarnings");
            return "redirect:" + page + "/edit";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + page;
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable String id, Model model) {
        return detail(model, view(id), null, FormErrors.none(), Map.of());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('OFFICER')")
    String submit(@PathVariable String id, @RequestParam(required = false) String version, Model model,
                  Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        DelegationView view = view(id).delegation();
        return act("submit", view, Map.of(), null, () -> delegations.submit(view.id(), version),
                "delegation.notice.submitted", model, locale, response, redirect);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP')")
    String cancel(@PathVariable String id, @RequestParam(required = false) String version,
                  @RequestParam(required = false) String reason, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        DelegationView view = view(id).delegation();
        ReasonRequest request = new ReasonRequest(reason);
        return act("cancel", view, Map.of("reason", text(reason)), request,
                () -> delegations.cancel(view.id(), request, version),
                "delegation.notice.cancelled", model, locale, response, redirect);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    String reject(@PathVariable String id, @RequestParam(required = false) String version,
                  @RequestParam(required = false) String reason, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        DelegationView view = view(id).delegation();
        ReasonRequest request = new ReasonRequest(reason);
        return act("reject", view, Map.of("reason", text(reason)), request,
                () -> delegations.reject(view.id(), request, version),
                "delegation.notice.rejected", model, locale, response, redirect);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    String approve(@PathVariable String id, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String decisionNumber,
                   @RequestParam(required = false) String decisionDate,
                   @RequestParam(required = false) String signer,
                   @RequestParam(required = false) String overrideReason, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes redirect) {
        DelegationView view = view(id).delegation();
        Map<String, String> typed = Map.of("decisionNumber", text(decisionNumber), "decisionDate",
                text(decisionDate), "signer", text(signer), "overrideReason", text(overrideReason));
        FormErrors unreadable = FormErrors.none();
        DecisionRequest request = new DecisionRequest(blankToNull(decisionNumber),
                PageNumbers.date(decisionDate, "decisionDate", unreadable, messages.text("records.form.invalid.date", locale)),
                blankToNull(signer), blankToNull(overrideReason));
        if (unreadable.any()) {
            return refused("approve", view, unreadable, typed, HttpServletResponse.SC_BAD_REQUEST, model, response);
        }
        return act("approve", view, typed, request, () -> delegations.approve(view.id(), request, version),
                "delegation.notice.approved", model, locale, response, redirect);
    }

    @PostMapping("/{id}/consultations")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    String recordOpinion(@PathVariable String id, @RequestParam(required = false) String version,
                         @RequestParam(required = false) String agency,
                         @RequestParam(required = false) String opinion,
                         @RequestParam(required = false) String note, Model model, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect) {
        DelegationView view = view(id).delegation();
        Opinion given = Arrays.stream(Opinion.values()).filter(candidate -> candidate.name().equals(opinion))
                .findFirst().orElse(null);
        OpinionRequest request = new OpinionRequest(blankToNull(agency), given, blankToNull(note));
        return act("opinion", view, Map.of("agency", text(agency), "opinion", text(opinion), "note", text(note)),
                request, () -> delegations.recordOpinion(view.id(), request, version),
                "delegation.notice.opinion", model, locale, response, redirect);
    }

    /**
     * One step on the delegation: the request checked as the API would (Bean Validation), then
     * the API's method; a refusal or a stale version is shown on the page in plain words.
     */
    private String act(String action, DelegationView view, Map<String, String> typed, Object request,
                       Runnable call, String notice, Model model, Locale locale, HttpServletResponse response,
                       RedirectAttributes redirect) {
        if (request != null) {
            Set<ConstraintViolation<Object>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                FormErrors errors = FormErrors.none();
                violations.forEach(violation -> errors.add(violation.getPropertyPath().toString(),
                        reader.constraintMessage(violation, locale)));
                return refused(action, view, errors, typed, HttpServletResponse.SC_BAD_REQUEST, model, response);
            }
        }
        FormErrors refusal = submissions.attempt(call, field -> field, locale, response);
        if (refusal.any()) {
            return refused(action, view, refusal, typed, response.getStatus(), model, response);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + PATH + "/" + view.id();
    }

    /** The detail page as it now stands, with the refused step's form filled as typed and its errors in place. */
    private String refused(String action, DelegationView stale, FormErrors errors, Map<String, String> typed,
                           int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        return detail(model, view(stale.id()), action, errors, typed);
    }

    private String detail(Model model, DelegationResponse shown, String action, FormErrors errors,
                          Map<String, String> typed) {
        DelegationView view = shown.delegation();
        model.addAttribute("delegation", view);
        model.addAttribute("warnings", shown.warnings());
        model.addAttribute("quota", quotas.get(view.agency(), view.year()));
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("errors", errors);
        model.addAttribute("actionMessages",
                action == null ? List.of() : errors.general(ACTION_FIELDS.getOrDefault(action, Set.of())));
        model.addAttribute("typed", typed);
        model.addAttribute("opinions", Opinion.values());
        model.addAttribute("awaitedAgencies", view.details().offPlanCase() == null ? List.of()
                : view.details().offPlanCase().consultedAgencies().stream()
                        .filter(agency -> view.consultations().stream()
                                .noneMatch(given -> given.agency().equals(agency))).toList());
        return "delegations/detail";
    }

    private String form(Model model, DelegationForm form, FormErrors errors, String id, Long version) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", DelegationForm.FIELDS);
        model.addAttribute("formMessages", errors.general(DelegationForm.FIELDS.keySet()));
        model.addAttribute("passportKinds", vn.foreignaffairs.registry.api.delegation.PassportKind.values());
        model.addAttribute("fundingSources", vn.foreignaffairs.registry.api.delegation.FundingSource.values());
        model.addAttribute("delegationId", id);
        model.addAttribute("version", version);
        if (!model.containsAttribute("warnings")) {
            model.addAttribute("warnings", List.of());
        }
        return "delegations/form";
    }

    /** The request for what was typed, with every error the API's Bean Validation would find, by input. */
    private DelegationRequest checked(DelegationForm form, FormErrors errors, Locale locale) {
        DelegationRequest request = form.toRequest(errors, key -> messages.text(key, locale));
        for (ConstraintViolation<DelegationRequest> violation : validator.validate(request)) {
            String input = DelegationForm.inputOf(violation.getPropertyPath().toString());
            if (!errors.has(input)) {
                errors.add(input, reader.constraintMessage(violation, locale));
            }
        }
        return request;
    }

    private DelegationResponse view(String id) {
        return delegations.get(id, null).getBody();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
