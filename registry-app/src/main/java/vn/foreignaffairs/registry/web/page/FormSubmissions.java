package vn.foreignaffairs.registry.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * What every page form does with what was sent: read it as the API's request, call the API's
 * method, and then either go on (POST/redirect/GET, with the form's notice) or show the page
 * again with the form as typed and its errors in place, answered 400 for mistakes, 409 or 412 for
 * refusals of the rules and stale versions. A refused access or a missing record is the page's
 * error as a whole ({@link PageErrors}), not a form's.
 */
@Component
public class FormSubmissions {

    /** The API's write for the request read; answers the page to go to once it is done. */
    @FunctionalInterface
    public interface Write<T> {
        String apply(T request);
    }

    /** The page again, showing the refused form. */
    @FunctionalInterface
    public interface Again<T> {
        String page(PageForm<T> refused);
    }

    private final FormReader reader;
    private final PageMessages messages;

    public FormSubmissions(FormReader reader, PageMessages messages) {
        this.reader = reader;
        this.messages = messages;
    }

    public <T> String submit(PageForm<T> form, Map<String, String> typed, Write<T> write, Again<T> again,
                             HttpServletResponse response, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        FormErrors errors = FormErrors.none();
        T request = reader.read(form, typed, errors, locale);
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again.page(form.refused(typed, errors));
        }
        String[] next = new String[1];
        errors = attempt(() -> next[0] = write.apply(request), form::inputOf, locale, response);
        if (errors.any()) {
            return again.page(form.refused(typed, errors));
        }
        redirect.addFlashAttribute("notice", form.texts() + ".done");
        return "redirect:" + next[0];
    }

    /**
     * A step on the record at {@code recordPath}: the write gets the request and the version the
     * reader saw (the If-Match of the API), and the record's page follows.
     */
    public <T> String step(PageForm<T> form, Map<String, String> typed, BiConsumer<T, String> write,
                           String recordPath, Again<T> again, HttpServletResponse response,
                           RedirectAttributes redirect) {
        return submit(form, typed, request -> {
            write.accept(request, typed.get("version"));
            return recordPath;
        }, again, response, redirect);
    }

    /**
     * Runs one write of the API. Answers no errors once it is done; else the refusal in plain words
     * next to the input it names ({@code inputOf} maps the API's field to it), with the status set.
     */
    public FormErrors attempt(Runnable write, UnaryOperator<String> inputOf, Locale locale,
                              HttpServletResponse response) {
        try {
            write.run();
            return FormErrors.none();
        } catch (RuleViolation violation) {
            if (isAboutTheRecord(violation)) {
                throw violation;
            }
            response.setStatus(PageMessages.status(violation));
            return FormErrors.none().add(inputOf.apply(violation.field()), messages.refusal(violation, locale));
        } catch (ConcurrencyException contended) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return FormErrors.none().add(null, messages.text("refusal.STALE_VERSION", locale));
        }
    }

    /** The page of the record the API has just created: its id ends the Location of the API's answer. */
    public static String recordPage(String registerPath, ResponseEntity<?> created) {
        String path = created.getHeaders().getLocation().getPath();
        return registerPath + "/" + path.substring(path.lastIndexOf('/') + 1);
    }

    /** Refused access or a missing record concerns the page as a whole. */
    public static boolean isAboutTheRecord(RuleViolation violation) {
        RefusalCode.Kind kind = violation.code().kind();
        return kind == RefusalCode.Kind.FORBIDDEN || kind == RefusalCode.Kind.NOT_FOUND;
    }
}
