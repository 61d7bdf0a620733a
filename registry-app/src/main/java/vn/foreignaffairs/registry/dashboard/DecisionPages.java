package vn.foreignaffairs.registry.dashboard;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.web.page.FormErrors;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageMessages;

/**
 * The decision page of a waiting record that is not an outbound delegation: its main fields and
 * the forms to approve it or refuse it with a reason, which call the register's API controller.
 * Mistakes in a form and refusals of the rules are shown in place, next to the form they concern.
 */
@PageController
public class DecisionPages {

    private static final String PATH = "/app/decisions/{type}/{id}";
    private static final Set<String> APPROVAL_FIELDS = Set.of("decisionNumber", "decisionDate", "overrideReason");

    private final Decisions decisions;
    private final PageMessages messages;

    public DecisionPages(Decisions decisions, PageMessages messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    String show(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String done,
                Model model) {
        model.addAttribute("done", done);
        return page(type, id, DecisionForm.empty(), FormErrors.none(), FormErrors.none(), model);
    }

    @PostMapping(PATH + "/approve")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    String approve(@PathVariable String type, @PathVariable String id, @ModelAttribute DecisionForm form,
                   BindingResult binding, Model model, Locale locale) {
        FormErrors errors = bindingErrors(binding, locale);
        if (!errors.any()) {
            try {
                errors = errorsOf(decisions.approve(type, id, form), locale);
            } catch (RuleViolation violation) {
                errors = FormErrors.of(violation, messages, locale);
            }
        }
        if (errors.any()) {
            return page(type, id, form, errors, FormErrors.none(), model);
        }
        return done(type, id, "approved");
    }

    @PostMapping(PATH + "/reject")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    String reject(@PathVariable String type, @PathVariable String id, @ModelAttribute DecisionForm form,
                  BindingResult binding, Model model, Locale locale) {
        FormErrors errors;
        try {
            Set<ConstraintViolation<Object>> violations = decisions.reject(type, id, form);
            errors = errorsOf(violations, locale);
        } catch (RuleViolation violation) {
            errors = FormErrors.of(violation, messages, locale);
        }
        if (errors.any()) {
            return page(type, id, form, FormErrors.none(), errors, model);
        }
        return done(type, id, "rejected");
    }

    private String page(String type, String id, DecisionForm form, FormErrors approvalErrors,
                        FormErrors rejectionErrors, Model model) {
        model.addAttribute("record", decisions.find(type, id));
        model.addAttribute("form", form);
        model.addAttribute("approvalErrors", approvalErrors);
        model.addAttribute("rejectionErrors", rejectionErrors);
        model.addAttribute("approvalGeneral", approvalErrors.general(APPROVAL_FIELDS));
        model.addAttribute("rejectionGeneral", rejectionErrors.general(Set.of("reason")));
        return "leadership/decision";
    }

    /** A date the browser sent that is no date is a mistake of the form, said in place. */
    private FormErrors bindingErrors(BindingResult binding, Locale locale) {
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(error -> errors.add(error.getField(),
                messages.text("lead.form.invalid", locale)));
        return errors;
    }

    /**
     * Mistakes of the form in the reader's language: the page's sentence for the constraint
     * broken ({@code lead.violation.NotBlank}), else the validator's own message.
     */
    private FormErrors errorsOf(Set<ConstraintViolation<Object>> violations, Locale locale) {
        FormErrors errors = FormErrors.none();
        violations.forEach(violation -> {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String text = messages.text("lead.violation." + constraint, locale);
            errors.add(violation.getPropertyPath().toString(),
                    text.startsWith("lead.violation.") ? violation.getMessage() : text);
        });
        return errors;
    }

    private static String done(String type, String id, String outcome) {
        return "redirect:/app/decisions/" + UriUtils.encodePathSegment(type, "UTF-8") + "/"
                + UriUtils.encodePathSegment(id, "UTF-8") + "?done=" + outcome;
    }
}
